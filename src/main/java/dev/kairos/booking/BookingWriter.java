package dev.kairos.booking;

import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.idempotency.IdempotentRequest;
import dev.kairos.webhook.WebhookOutbox;
import dev.kairos.webhook.WebhookTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Writes bookings, seats and their host rows. The host rows are where PostgreSQL's exclusion
 * constraint refuses a double booking; the seated slot's row lock is where capacity is enforced.
 */
@ApplicationScoped
class BookingWriter {

    private final BookingRepository bookings;
    private final AttendeeRepository attendees;
    private final BookingSeatRepository seats;
    private final BookingHostRepository hosts;

    BookingWriter(BookingRepository bookings, AttendeeRepository attendees, BookingSeatRepository seats, BookingHostRepository hosts) {
        this.bookings = bookings;
        this.attendees = attendees;
        this.seats = seats;
        this.hosts = hosts;
    }

    /**
     * A booking with its attendees and its hosts' busy time.
     *
     * @param hostIds every host, the organiser ({@code booking.userId}) included
     * @return with one attendee, the webhook triggers its organiser and event type listen to, read
     *         in the insert's round trip; otherwise null (ask {@link WebhookOutbox#listening})
     */
    Set<WebhookTrigger> insertRegular(Booking booking, EventTypeRules eventType, boolean blocking, List<Attendee> people,
            List<Long> hostIds, Instant now) {
        if (people.size() == 1) {
            Attendee person = people.get(0);
            person.createdAt = now;
            Set<WebhookTrigger> heard = bookings.insertWithHostAndAttendee(booking, busyStart(booking, eventType),
                    busyEnd(booking, eventType), blocking, person);
            insertOtherHosts(booking, eventType, blocking, hostIds);
            return heard;
        }
        bookings.persist(booking);
        insertHosts(booking, eventType, blocking, hostIds);
        for (Attendee person : people) {
            person.bookingId = booking.id;
            person.createdAt = now;
            attendees.persist(person);
        }
        return null;
    }

    /**
     * One seat at {@code start}: joins the slot's live booking, creating it for the first seat, and
     * refuses (409) once the slot's capacity is taken. Counting and inserting happen under the
     * booking's row lock, so concurrent bookers never oversell.
     */
    Placed takeSeat(BookingDraft draft, Instant start, String status, String recurringBookingUid, IdempotentRequest.Key key,
            Instant now) {
        EventTypeRules eventType = draft.eventType();
        Booking fresh = draft.toBooking(start, status, recurringBookingUid, now);
        boolean created = bookings.insertSeatedIfAbsent(fresh).map(id -> {
            fresh.id = id;
            insertHosts(fresh, eventType, draft.blocks(status), draft.hostIds());
            return true;
        }).orElse(false);
        Booking booking = bookings.lockLiveSeated(eventType.id(), start)
                .orElseThrow(() -> ApiException.conflict("The seated slot at " + start + " changed while booking; retry"));
        if (seats.countByBooking(booking.id) >= eventType.seatsPerTimeSlot()) {
            throw ApiException.conflict("Every seat of the slot at " + start + " is taken (" + eventType.seatsPerTimeSlot()
                    + " seats); pick another slot");
        }
        Attendee person = new Attendee(booking.id, draft.attendee(), now);
        attendees.persist(person);
        BookingSeat seat = new BookingSeat(booking.id, person.id, draft.answers().metadata(), draft.seatResponses(), now);
        if (key != null) {
            recordKey(seat, key);
        }
        seats.persist(seat);
        return new Placed(booking, seat, person, created);
    }

    /**
     * Moves one seat to the seated slot at {@code start} (joining or creating its booking) under
     * the same capacity rule as a new seat; the old booking ends with its last seat.
     */
    Placed moveSeat(Booking old, String seatUid, EventTypeRules eventType, Instant start, String status, Instant now) {
        BookingSeat seat = seats.findBySeatUid(seatUid).filter(s -> s.bookingId.equals(old.id))
                .orElseThrow(() -> ApiException.notFound("No seat " + seatUid + " in booking " + old.uid));
        Booking fresh = old.movedTo(start, status, now);
        boolean created = bookings.insertSeatedIfAbsent(fresh).map(id -> {
            fresh.id = id;
            insertHosts(fresh, eventType, blocks(eventType, status), eventType.hostIds());
            return true;
        }).orElse(false);
        Booking target = bookings.lockLiveSeated(eventType.id(), start)
                .orElseThrow(() -> ApiException.conflict("The seated slot at " + start + " changed while rescheduling; retry"));
        if (target.id.equals(old.id)) {
            throw ApiException.conflict("Seat " + seatUid + " is already in the slot at " + start);
        }
        if (seats.countByBooking(target.id) >= eventType.seatsPerTimeSlot()) {
            throw ApiException.conflict("Every seat of the slot at " + start + " is taken; pick another slot");
        }
        seat.bookingId = target.id;
        Attendee person = attendees.findById(seat.attendeeId);
        person.bookingId = target.id;
        target.updatedAt = now;
        old.updatedAt = now;
        if (seats.countByBooking(old.id) == 0) {
            old.cancel(null, now);
            old.rescheduledToUid = target.uid;
            hosts.setBlocking(old.id, false);
        }
        return new Placed(target, seat, person, created);
    }

    /** Pending when the confirmation policy asks for it at this distance from the start, else accepted. */
    static String statusFor(EventTypeRules eventType, Instant start, Instant now) {
        return eventType.needsConfirmation(Duration.between(now, start)) ? Booking.PENDING : Booking.ACCEPTED;
    }

    /** Whether a booking in {@code status} keeps its hosts from other bookings. */
    static boolean blocks(EventTypeRules eventType, String status) {
        return Booking.ACCEPTED.equals(status) || Booking.PENDING.equals(status) && eventType.blockUnconfirmedBookings();
    }

    /** Records the creating request's key on the row a retry will look for. */
    void recordKey(Booking booking, IdempotentRequest.Key key) {
        booking.idempotencyScope = key.scope();
        booking.idempotencyKey = key.key();
        booking.idempotencyRequestHash = key.fingerprint();
    }

    private static void recordKey(BookingSeat seat, IdempotentRequest.Key key) {
        seat.idempotencyScope = key.scope();
        seat.idempotencyKey = key.key();
        seat.idempotencyRequestHash = key.fingerprint();
    }

    /** The organiser's row first, then the other hosts'. */
    private void insertHosts(Booking booking, EventTypeRules eventType, boolean blocking, List<Long> hostIds) {
        hosts.insert(booking.id, booking.userId, busyStart(booking, eventType), busyEnd(booking, eventType), blocking);
        insertOtherHosts(booking, eventType, blocking, hostIds);
    }

    private void insertOtherHosts(Booking booking, EventTypeRules eventType, boolean blocking, List<Long> hostIds) {
        for (long hostId : hostIds) {
            if (hostId != booking.userId) {
                hosts.insert(booking.id, hostId, busyStart(booking, eventType), busyEnd(booking, eventType), blocking);
            }
        }
    }

    /** The host is busy from the start minus the event type's before-buffer... */
    private static Instant busyStart(Booking booking, EventTypeRules eventType) {
        return booking.startTime.minus(Duration.ofMinutes(eventType.beforeEventBuffer()));
    }

    /** ...to the end plus its after-buffer. */
    private static Instant busyEnd(Booking booking, EventTypeRules eventType) {
        return booking.endTime.plus(Duration.ofMinutes(eventType.afterEventBuffer()));
    }

    /**
     * A booking as placed, with the seat this request took (seated event types).
     *
     * @param attendee   the person this request placed, when known without a read
     * @param newBooking whether this request created the booking (false when a seat joined one)
     * @param heard      the webhook triggers its organiser and event type listen to, when the write
     *                   read them in its round trip; null = not read
     */
    record Placed(Booking booking, BookingSeat seat, Attendee attendee, boolean newBooking, Set<WebhookTrigger> heard) {

        Placed(Booking booking, BookingSeat seat, Attendee attendee, boolean newBooking) {
            this(booking, seat, attendee, newBooking, null);
        }
    }
}
