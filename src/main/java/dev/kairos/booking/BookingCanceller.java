package dev.kairos.booking;

import dev.kairos.booking.BookingAccess.Target;
import dev.kairos.booking.api.CancelBookingRequest;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Cancels bookings, seats of seated bookings, and the rest of a recurring series; the time is free at once. */
@ApplicationScoped
@Transactional
public class BookingCanceller {

    private final BookingAccess access;
    private final BookingRepository bookings;
    private final BookingSeatRepository seats;
    private final AttendeeRepository attendees;
    private final BookingHostRepository hostRows;
    private final Clock clock;

    BookingCanceller(BookingAccess access, BookingRepository bookings, BookingSeatRepository seats, AttendeeRepository attendees,
            BookingHostRepository hostRows, Clock clock) {
        this.access = access;
        this.bookings = bookings;
        this.seats = seats;
        this.attendees = attendees;
        this.hostRows = hostRows;
        this.clock = clock;
    }

    /**
     * Cancels the booking (or the request's seat of it) as its host or as the holder of its uid.
     *
     * @return the booking after the change
     * @throws ApiException 409 when it is no longer live, has ended, or is inside the attendee's cancellation notice
     */
    public Booking cancel(String uid, CancelBookingRequest request, Caller caller) {
        Target target = access.lock(uid, caller);
        Booking booking = target.booking();
        Instant now = clock.instant();
        requireCancellable(target, now);
        if (request.seatUid() != null) {
            return cancelSeat(booking, request.seatUid(), now);
        }
        if (booking.seated && !target.byHost()) {
            throw ApiException.validation("seatUid", "is required to cancel a seat of a seated booking: send the seatUid you got "
                    + "when booking");
        }
        end(booking, request.cancellationReason(), now);
        if (Boolean.TRUE.equals(request.cancelSubsequentBookings()) && booking.recurringBookingUid != null) {
            for (Booking later : bookings.findSeries(booking.recurringBookingUid)) {
                if (later.startTime.isAfter(booking.startTime) && later.isLive()) {
                    end(bookings.lockByUid(later.uid).orElseThrow(), request.cancellationReason(), now);
                }
            }
        }
        return booking;
    }

    private void requireCancellable(Target target, Instant now) {
        Booking booking = target.booking();
        if (!booking.isLive()) {
            throw ApiException.conflict("Booking " + booking.uid + " is already " + booking.status + "; there is nothing to cancel");
        }
        if (!booking.endTime.isAfter(now)) {
            throw ApiException.conflict("Booking " + booking.uid + " has already ended and can no longer be cancelled");
        }
        Integer noticeHours = target.eventType().map(EventTypeRules::cancellationNoticeHours).orElse(null);
        if (!target.byHost() && noticeHours != null && now.isAfter(booking.startTime.minus(Duration.ofHours(noticeHours)))) {
            throw ApiException.conflict("Attendees can cancel at most " + noticeHours + " hours before the start; ask the host "
                    + "to cancel instead");
        }
    }

    /** Gives up one seat; the booking ends with its last seat. */
    private Booking cancelSeat(Booking booking, String seatUid, Instant now) {
        BookingSeat seat = seats.findBySeatUid(seatUid).filter(s -> s.bookingId.equals(booking.id))
                .orElseThrow(() -> ApiException.notFound("No seat " + seatUid + " in booking " + booking.uid));
        Attendee attendee = attendees.findById(seat.attendeeId);
        seats.delete(seat);
        attendees.delete(attendee);
        if (seats.countByBooking(booking.id) == 0) {
            end(booking, "All seats were cancelled", now);
        } else {
            booking.updatedAt = now;
        }
        return booking;
    }

    private void end(Booking booking, String reason, Instant now) {
        booking.cancel(reason, now);
        hostRows.setBlocking(booking.id, false);
    }
}
