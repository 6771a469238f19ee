package dev.kairos.booking;

import dev.kairos.booking.BookingAccess.Target;
import dev.kairos.booking.CancellationLedger.Canceller;
import dev.kairos.booking.api.CancelBookingRequest;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cancels bookings, seats of seated bookings, and the rest of a recurring series; the time is free
 * at once, and each cancelled booking or seat gets a cancellation record with its refund decision.
 */
@ApplicationScoped
@Transactional
public class BookingCanceller {

    private final BookingAccess access;
    private final BookingRepository bookings;
    private final BookingSeatRepository seats;
    private final AttendeeRepository attendees;
    private final BookingHostRepository hostRows;
    private final CancellationLedger ledger;
    private final Clock clock;

    BookingCanceller(BookingAccess access, BookingRepository bookings, BookingSeatRepository seats, AttendeeRepository attendees,
            BookingHostRepository hostRows, CancellationLedger ledger, Clock clock) {
        this.access = access;
        this.bookings = bookings;
        this.seats = seats;
        this.attendees = attendees;
        this.hostRows = hostRows;
        this.ledger = ledger;
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
        RefundPolicy policy = CancellationLedger.policyOf(target);
        String reason = request.cancellationReason();
        if (request.seatUid() != null) {
            if (!booking.seated) {
                throw ApiException.validation("seatUid", "booking " + uid + " is not seated; leave seatUid out");
            }
            return cancelSeat(target, caller, request.seatUid(), reason, policy, now);
        }
        if (booking.seated && !target.byHost()) {
            throw ApiException.validation("seatUid", "is required to cancel a seat of a seated booking: send the seatUid you got "
                    + "when booking");
        }
        Canceller by = ledger.canceller(target, caller, null);
        end(booking, by, reason, policy, now);
        if (Boolean.TRUE.equals(request.cancelSubsequentBookings()) && booking.recurringBookingUid != null) {
            for (Booking later : bookings.findSeries(booking.recurringBookingUid)) {
                if (later.startTime.isAfter(booking.startTime)) {
                    // Locked and re-read before deciding: a concurrent cancel or reschedule of it must not be undone.
                    bookings.lockAndRefresh(later);
                    if (later.isLive()) {
                        end(later, by, reason, policy, now);
                    }
                }
            }
        }
        return booking;
    }

    private static void requireCancellable(Target target, Instant now) {
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
    private Booking cancelSeat(Target target, Caller caller, String seatUid, String reason, RefundPolicy policy, Instant now) {
        Booking booking = target.booking();
        BookingSeat seat = seats.findBySeatUid(seatUid).filter(s -> s.bookingId.equals(booking.id))
                .orElseThrow(() -> ApiException.notFound("No seat " + seatUid + " in booking " + booking.uid));
        Attendee holder = attendees.findById(seat.attendeeId);
        Canceller by = ledger.canceller(target, caller, holder);
        seats.delete(seat);
        attendees.delete(holder);
        booking.updatedAt = now;
        if (seats.countByBooking(booking.id) == 0) {
            booking.cancel("All seats were cancelled", now);
            hostRows.setBlocking(booking.id, false);
        }
        ledger.record(booking, seat, holder, by, reason, policy, now);
        return booking;
    }

    /** Ends a live booking; a seated one records (and reports) a cancellation per seat, each refundable on its own. */
    private void end(Booking booking, Canceller by, String reason, RefundPolicy policy, Instant now) {
        booking.cancel(reason, now);
        hostRows.setBlocking(booking.id, false);
        if (!booking.seated) {
            ledger.record(booking, null, null, by, reason, policy, now);
            return;
        }
        Map<Long, Attendee> holders = attendees.findByBookings(List.of(booking.id)).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        for (BookingSeat seat : seats.findByBookings(List.of(booking.id))) {
            ledger.record(booking, seat, holders.get(seat.attendeeId), by, reason, policy, now);
        }
    }
}
