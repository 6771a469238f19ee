package dev.kairos.booking;

import dev.kairos.user.User;
import dev.kairos.user.UserRepository;
import dev.kairos.webhook.WebhookOutbox;
import dev.kairos.webhook.WebhookTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells webhook subscribers about booking changes, in the transaction that makes the change (the
 * outbox): the organiser's webhooks and the event type's hear them. Payloads follow Cal.com's
 * 2021-10-20 webhook version.
 */
@ApplicationScoped
class BookingEvents {

    private final WebhookOutbox outbox;
    private final AttendeeRepository attendees;
    private final BookingSeatRepository seats;
    private final UserRepository users;

    BookingEvents(WebhookOutbox outbox, AttendeeRepository attendees, BookingSeatRepository seats, UserRepository users) {
        this.outbox = outbox;
        this.attendees = attendees;
        this.seats = seats;
        this.users = users;
    }

    /** New bookings, occurrences or a seat: BOOKING_CREATED, or BOOKING_REQUESTED while they wait for the host. */
    void created(List<BookingWriter.Placed> placed) {
        // Every placement of one request has the same organiser and event type: ask once who listens,
        // unless the first placement's write already read it in its round trip.
        Booking first = placed.get(0).booking();
        Set<WebhookTrigger> heard = placed.get(0).heard() != null ? placed.get(0).heard()
                : outbox.listening(first.userId, first.eventTypeId);
        placed.forEach(p -> created(p.booking(), p.seat(), p.newBooking(), heard));
    }

    private void created(Booking booking, BookingSeat seat, boolean newBooking, Set<WebhookTrigger> heard) {
        boolean pending = Booking.PENDING.equals(booking.status);
        WebhookTrigger trigger = pending ? WebhookTrigger.BOOKING_REQUESTED : WebhookTrigger.BOOKING_CREATED;
        if (heard.contains(trigger)) {
            emit(trigger, booking, payload(booking, seat));
        }
        if (newBooking && !pending) {
            scheduleMeeting(booking, heard);
        } else if (booking.seated && !pending) {
            refreshMeeting(booking, heard);
        }
    }

    /** The host accepted a pending booking: Cal.com reports it as BOOKING_CREATED. */
    void confirmed(Booking booking) {
        Set<WebhookTrigger> heard = outbox.listening(booking.userId, booking.eventTypeId);
        if (heard.contains(WebhookTrigger.BOOKING_CREATED)) {
            emit(WebhookTrigger.BOOKING_CREATED, booking, payload(booking, null));
        }
        scheduleMeeting(booking, heard);
    }

    void rejected(Booking booking) {
        if (heard(booking, WebhookTrigger.BOOKING_REJECTED)) {
            Map<String, Object> payload = payload(booking, null);
            payload.put("rejectionReason", booking.rejectionReason);
            emit(WebhookTrigger.BOOKING_REJECTED, booking, payload);
        }
    }

    /**
     * {@code placed} replaced {@code old}: a new booking, or (for a seat) the booking the seat moved
     * into, which has its meeting events already unless the move created it.
     */
    void rescheduled(Booking old, BookingWriter.Placed placed) {
        Booking moved = placed.booking();
        Set<WebhookTrigger> heard = outbox.listening(moved.userId, moved.eventTypeId);
        if (heard.contains(WebhookTrigger.BOOKING_RESCHEDULED)) {
            Map<String, Object> payload = payload(moved, placed.seat());
            payload.put("rescheduleUid", old.uid);
            payload.put("rescheduleStartTime", old.startTime);
            payload.put("rescheduleEndTime", old.endTime);
            payload.put("reschedulingReason", moved.reschedulingReason);
            emit(WebhookTrigger.BOOKING_RESCHEDULED, moved, payload);
        }
        if (!old.isLive()) {
            outbox.dropScheduled(old.uid);
        }
        if (placed.newBooking() && Booking.ACCEPTED.equals(moved.status)) {
            scheduleMeeting(moved, heard);
        } else if (moved.seated && Booking.ACCEPTED.equals(moved.status)) {
            refreshMeeting(moved, heard);
        }
        if (old.seated && old.isLive()) {
            refreshMeeting(old, heard);
        }
    }

    /** A booking or one seat of it was cancelled; the cancellation record rides along as {@code cancellation}. */
    void cancelled(Booking booking, BookingCancellation cancellation, Attendee seatHolder) {
        Set<WebhookTrigger> heard = outbox.listening(booking.userId, booking.eventTypeId);
        if (!booking.isLive()) {
            outbox.dropScheduled(booking.uid);
        } else if (seatHolder != null && Booking.ACCEPTED.equals(booking.status)) {
            refreshMeeting(booking, heard);
        }
        if (!heard.contains(WebhookTrigger.BOOKING_CANCELLED)) {
            return;
        }
        Map<String, Object> payload = payload(booking, null);
        if (seatHolder != null) {
            payload.put("attendees", List.of(attendee(seatHolder, cancellation.seatUid)));
            payload.put("seatUid", cancellation.seatUid);
        }
        payload.put("cancellationReason", cancellation.cancellationReason);
        payload.put("cancelledBy", cancellation.cancelledBy);
        payload.put("cancellation", cancellationView(cancellation));
        emit(WebhookTrigger.BOOKING_CANCELLED, booking, payload);
    }

    void noShowUpdated(Booking booking, List<Attendee> marked) {
        if (!heard(booking, WebhookTrigger.BOOKING_NO_SHOW_UPDATED)) {
            return;
        }
        Map<String, Object> payload = payload(booking, null);
        payload.put("absentHost", booking.absentHost);
        payload.put("attendees", marked.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("email", a.email);
            m.put("noShow", a.absent);
            return m;
        }).toList());
        emit(WebhookTrigger.BOOKING_NO_SHOW_UPDATED, booking, payload);
    }

    /** MEETING_STARTED and MEETING_ENDED, due at the booking's start and end, for whoever listens. */
    private void scheduleMeeting(Booking booking, Set<WebhookTrigger> heard) {
        if (heard.contains(WebhookTrigger.MEETING_STARTED)) {
            outbox.schedule(WebhookTrigger.MEETING_STARTED, booking.userId, booking.eventTypeId, payload(booking, null),
                    booking.startTime, booking.uid);
        }
        if (heard.contains(WebhookTrigger.MEETING_ENDED)) {
            outbox.schedule(WebhookTrigger.MEETING_ENDED, booking.userId, booking.eventTypeId, payload(booking, null),
                    booking.endTime, booking.uid);
        }
    }

    /** A seated booking's people changed: its scheduled meeting events are written again with the current ones. */
    private void refreshMeeting(Booking booking, Set<WebhookTrigger> heard) {
        if (heard.contains(WebhookTrigger.MEETING_STARTED) || heard.contains(WebhookTrigger.MEETING_ENDED)) {
            outbox.dropScheduled(booking.uid);
            scheduleMeeting(booking, heard);
        }
    }

    private boolean heard(Booking booking, WebhookTrigger trigger) {
        return outbox.listening(booking.userId, booking.eventTypeId).contains(trigger);
    }

    private void emit(WebhookTrigger trigger, Booking booking, Map<String, Object> payload) {
        outbox.enqueue(trigger, booking.userId, booking.eventTypeId, payload);
    }

    /** Cal.com's payload: the booking, its organiser and attendees (a seat's holder only, for a seat). */
    private Map<String, Object> payload(Booking b, BookingSeat seat) {
        User organizer = users.findById(b.userId);
        List<Attendee> people = attendees.findByBookings(List.of(b.id));
        Map<Long, String> seatUids = new LinkedHashMap<>();
        if (b.seated) {
            seats.findByBookings(List.of(b.id)).forEach(s -> seatUids.put(s.attendeeId, s.seatUid));
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("uid", b.uid);
        p.put("bookingId", b.id);
        p.put("eventTypeId", b.eventTypeId);
        p.put("title", b.title);
        p.put("description", b.description);
        p.put("startTime", b.startTime);
        p.put("endTime", b.endTime);
        p.put("organizer", organizer(organizer));
        p.put("attendees", people.stream().filter(a -> seat == null || a.id.equals(seat.attendeeId))
                .map(a -> attendee(a, seatUids.get(a.id))).toList());
        p.put("location", b.location);
        p.put("status", b.status.toUpperCase(Locale.ROOT));
        p.put("responses", seat != null ? seat.bookingFieldsResponses : b.bookingFieldsResponses);
        p.put("metadata", seat != null ? seat.metadata : b.metadata);
        p.put("guests", b.guests);
        if (b.recurringBookingUid != null) {
            p.put("recurringEventId", b.recurringBookingUid);
        }
        if (seat != null) {
            p.put("seatUid", seat.seatUid);
        }
        p.put("createdAt", b.createdAt);
        return p;
    }

    private static Map<String, Object> organizer(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id);
        m.put("name", u.name);
        m.put("email", u.email);
        m.put("username", u.username);
        m.put("timeZone", u.timeZone);
        m.put("language", Map.of("locale", u.locale == null ? "en" : u.locale));
        return m;
    }

    private static Map<String, Object> attendee(Attendee a, String seatUid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name);
        m.put("email", a.email);
        m.put("timeZone", a.timeZone);
        m.put("language", Map.of("locale", a.language == null ? "en" : a.language));
        if (a.phoneNumber != null) {
            m.put("phoneNumber", a.phoneNumber);
        }
        if (seatUid != null) {
            m.put("seatUid", seatUid);
        }
        m.put("noShow", a.absent);
        return m;
    }

    private static Map<String, Object> cancellationView(BookingCancellation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cancelledBy", c.cancelledBy);
        m.put("cancelledByRole", c.cancelledByRole);
        m.put("cancellationReason", c.cancellationReason);
        m.put("withinRefundWindow", c.withinRefundWindow);
        m.put("refundStatus", c.refundStatus);
        m.put("refundAmount", c.refundAmount);
        m.put("currency", c.currency);
        m.put("createdAt", c.createdAt);
        return m;
    }
}
