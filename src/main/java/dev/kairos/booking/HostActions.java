package dev.kairos.booking;

import dev.kairos.booking.BookingAccess.Target;
import dev.kairos.booking.api.MarkAbsentRequest;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What only a booking's host may do: confirm or decline a pending booking, record who did not show up. */
@ApplicationScoped
@Transactional
public class HostActions {

    private final BookingAccess access;
    private final BookingHostRepository hostRows;
    private final AttendeeRepository attendees;
    private final BookingEvents events;
    private final Clock clock;

    HostActions(BookingAccess access, BookingHostRepository hostRows, AttendeeRepository attendees, BookingEvents events,
            Clock clock) {
        this.access = access;
        this.hostRows = hostRows;
        this.attendees = attendees;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Accepts a pending booking. Its host rows become blocking in the same statement that the
     * exclusion constraint checks, so two overlapping confirmations cannot both succeed.
     *
     * @throws ApiException 409 when the booking is not pending or its time was taken meanwhile
     */
    public Booking confirm(String uid, Caller caller) {
        Booking booking = pending(uid, caller, "confirm");
        booking.status = Booking.ACCEPTED;
        booking.updatedAt = clock.instant();
        hostRows.setBlocking(booking.id, true);
        events.confirmed(booking);
        return booking;
    }

    /** Rejects a pending booking; its time is free at once. */
    public Booking decline(String uid, String reason, Caller caller) {
        Booking booking = pending(uid, caller, "decline");
        booking.status = Booking.REJECTED;
        booking.rejectionReason = reason;
        booking.updatedAt = clock.instant();
        hostRows.setBlocking(booking.id, false);
        events.rejected(booking);
        return booking;
    }

    /**
     * Records absences once the booking has started.
     *
     * @throws ApiException 409 before the start, 422 for an email that is not an attendee's
     */
    public Booking markAbsent(String uid, MarkAbsentRequest request, Caller caller) {
        Booking booking = access.lockAsHost(uid, caller, "mark absences of").booking();
        Instant now = clock.instant();
        if (now.isBefore(booking.startTime)) {
            throw ApiException.conflict("Booking " + uid + " starts at " + booking.startTime + "; absences can be marked only after the start");
        }
        if (request.host() != null) {
            booking.absentHost = request.host();
        }
        List<MarkAbsentRequest.AbsentAttendee> marks = request.attendees() == null ? List.of() : request.attendees();
        Map<String, Attendee> byEmail = attendees.findByBookings(List.of(booking.id)).stream()
                .collect(Collectors.toMap(a -> a.email.toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        List<Attendee> marked = new java.util.ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            Attendee attendee = byEmail.get(marks.get(i).email().trim().toLowerCase(Locale.ROOT));
            if (attendee == null) {
                throw ApiException.validation("attendees[" + i + "].email", "is not an attendee of booking " + uid);
            }
            attendee.absent = marks.get(i).absent();
            marked.add(attendee);
        }
        booking.updatedAt = now;
        events.noShowUpdated(booking, marked);
        return booking;
    }

    private Booking pending(String uid, Caller caller, String action) {
        Target target = access.lockAsHost(uid, caller, action);
        Booking booking = target.booking();
        if (!Booking.PENDING.equals(booking.status)) {
            throw ApiException.conflict("Booking " + uid + " is " + booking.status + "; only pending bookings can be " + action
                    + (action.endsWith("e") ? "d" : "ed"));
        }
        return booking;
    }
}
