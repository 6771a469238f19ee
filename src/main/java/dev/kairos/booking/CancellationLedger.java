package dev.kairos.booking;

import dev.kairos.booking.BookingAccess.Target;
import dev.kairos.platform.auth.Caller;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Writes who cancelled what and the refund the event type's policy allows, one row per booking or seat. */
@ApplicationScoped
class CancellationLedger {

    private final BookingCancellationRepository cancellations;
    private final AttendeeRepository attendees;
    private final UserRepository users;
    private final BookingEvents events;

    CancellationLedger(BookingCancellationRepository cancellations, AttendeeRepository attendees, UserRepository users,
            BookingEvents events) {
        this.cancellations = cancellations;
        this.attendees = attendees;
        this.users = users;
        this.events = events;
    }

    /** Who cancels: the host (their email) or the holder of the uid (the attendee's email, or the seat holder's). */
    record Canceller(String role, String email) {
    }

    Canceller canceller(Target target, Caller caller, Attendee seatHolder) {
        if (target.byHost()) {
            return new Canceller(BookingCancellation.HOST, users.findById(caller.userId()).email);
        }
        if (seatHolder != null) {
            return new Canceller(BookingCancellation.ATTENDEE, seatHolder.email);
        }
        List<Attendee> people = attendees.findByBookings(List.of(target.booking().id));
        return new Canceller(BookingCancellation.ATTENDEE, people.isEmpty() ? "unknown" : people.get(0).email);
    }

    static RefundPolicy policyOf(Target target) {
        return target.eventType().map(e -> new RefundPolicy(e.refundWindowHours(), e.price(), e.currency()))
                .orElse(new RefundPolicy(null, 0, null));
    }

    /**
     * Records a cancellation made in this transaction (call it after the booking's status changed)
     * and reports it to webhooks as BOOKING_CANCELLED, with the seat holder for a seat.
     */
    void record(Booking booking, BookingSeat seat, Attendee seatHolder, Canceller by, String reason, RefundPolicy policy,
            Instant now) {
        String seatUid = seat == null ? null : seat.seatUid;
        BookingCancellation entry = new BookingCancellation();
        entry.bookingId = booking.id;
        entry.seatUid = seatUid;
        entry.cancelledBy = by.email();
        entry.cancelledByRole = by.role();
        entry.cancellationReason = reason;
        policy.decide(entry, booking.startTime, now);
        entry.createdAt = now;
        cancellations.persist(entry);
        events.cancelled(booking, entry, seatHolder);
    }

    List<BookingCancellation> of(Booking booking) {
        return cancellations.findByBooking(booking.id);
    }
}
