package dev.kairos.booking;

import dev.kairos.booking.BookingAccess.Target;
import dev.kairos.booking.BookingWriter.Placed;
import dev.kairos.booking.api.RescheduleBookingRequest;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.slot.HostLocks;
import dev.kairos.slot.SlotService;
import dev.kairos.slot.engine.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Moves a booking: a new booking with a new uid at the new start and the old one cancelled with
 * {@code rescheduledToUid}, in one transaction. A seat moves alone to the new slot's booking.
 */
@ApplicationScoped
@Transactional
public class BookingRescheduler {

    private final BookingAccess access;
    private final SlotService slots;
    private final HostLocks hostLocks;
    private final BookingWriter writer;
    private final AttendeeRepository attendees;
    private final BookingHostRepository hostRows;
    private final BookingEvents events;
    private final Clock clock;

    BookingRescheduler(BookingAccess access, SlotService slots, HostLocks hostLocks, BookingWriter writer,
            AttendeeRepository attendees, BookingHostRepository hostRows, BookingEvents events, Clock clock) {
        this.access = access;
        this.slots = slots;
        this.hostLocks = hostLocks;
        this.writer = writer;
        this.attendees = attendees;
        this.hostRows = hostRows;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reschedules as the host or the uid holder.
     *
     * @return the new booking (for a seat: the booking the seat moved to) and the seat moved
     * @throws ApiException 409 for cancelled or past bookings and taken starts, 422 for starts the event type's rules refuse
     */
    public Placed reschedule(String uid, RescheduleBookingRequest request, Caller caller) {
        Target target = access.lock(uid, caller);
        Booking old = target.booking();
        Instant now = clock.instant();
        if (!old.isLive()) {
            throw ApiException.conflict("Booking " + uid + " is " + old.status + " and cannot be rescheduled; book a new slot instead");
        }
        if (!old.startTime.isAfter(now)) {
            throw ApiException.conflict("Booking " + uid + " has already started and cannot be rescheduled");
        }
        EventTypeRules eventType = target.eventType().orElseThrow(() -> ApiException.conflict(
                "The event type of booking " + uid + " was deleted, so it cannot be rescheduled"));
        Instant start = request.start().toInstant();
        hostLocks.lock(target.hostIds());
        if (old.seated) {
            return moveSeat(old, eventType, start, request, now);
        }
        if (request.seatUid() != null) {
            throw ApiException.validation("seatUid", "booking " + uid + " is not seated; leave seatUid out");
        }
        hostRows.setBlocking(old.id, false);
        List<Attendee> booked = attendees.findByBookings(List.of(old.id));
        Verdict verdict = slots.check(eventType, start, old.durationMinutes(), old.uid, null, bookerZone(booked));
        if (!verdict.ok()) {
            throw Refusals.of(verdict, "start");
        }
        if (!verdict.hostIds().containsAll(target.hostIds())) {
            throw ApiException.conflict("A host of booking " + uid + " is busy at " + start + "; pick another start");
        }
        Booking moved = old.movedTo(start, BookingWriter.statusFor(eventType, start, now), now);
        moved.reschedulingReason = request.reschedulingReason();
        List<Attendee> people = booked.stream().map(a -> a.copyTo(0, now)).toList();
        writer.insertRegular(moved, eventType, BookingWriter.blocks(eventType, moved.status), people, target.hostIds(), now);
        old.cancel(null, now);
        old.reschedulingReason = request.reschedulingReason();
        old.rescheduledToUid = moved.uid;
        Placed placed = new Placed(moved, null, null, true);
        events.rescheduled(old, placed);
        return placed;
    }

    private Placed moveSeat(Booking old, EventTypeRules eventType, Instant start, RescheduleBookingRequest request, Instant now) {
        if (request.seatUid() == null) {
            throw ApiException.validation("seatUid", "is required to reschedule a seat of a seated booking");
        }
        Verdict verdict = slots.check(eventType, start, old.durationMinutes(), null, null, ZoneId.of("UTC"));
        if (!verdict.ok()) {
            throw Refusals.of(verdict, "start");
        }
        Placed placed = writer.moveSeat(old, request.seatUid(), eventType, start, BookingWriter.statusFor(eventType, start, now), now);
        events.rescheduled(old, placed);
        return placed;
    }

    /** The zone whose days the first-slot-of-the-day rule counts in: the booker's. */
    private static ZoneId bookerZone(List<Attendee> booked) {
        return booked.isEmpty() ? ZoneId.of("UTC") : ZoneId.of(booked.get(0).timeZone);
    }

}
