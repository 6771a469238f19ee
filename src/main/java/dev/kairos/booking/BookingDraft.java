package dev.kairos.booking;

import dev.kairos.eventtype.EventTypeRules;
import java.time.Duration;
import dev.kairos.user.User;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a new booking needs except where it lands: the event type, the checked form and the
 * length. Placed once per start (once per occurrence of a series).
 */
record BookingDraft(EventTypeRules eventType, AttendeeDetails attendee, BookingForm.Answers answers, int lengthMinutes,
        long organizerId, String hostName, List<Long> hostIds, Long routingResponseId) {

    BookingDraft {
        hostIds = List.copyOf(hostIds);
    }

    /** The same booking, hosted by {@code hostIds} with {@code organizer} (one of them) as its organiser. */
    BookingDraft assignedTo(User organizer, List<Long> hostIds) {
        return new BookingDraft(eventType, attendee, answers, lengthMinutes, organizer.id, organizer.name, hostIds, routingResponseId);
    }

    Instant endFor(Instant start) {
        return start.plus(Duration.ofMinutes(lengthMinutes));
    }

    /** Pending when the confirmation policy asks for it at this distance from the start. */
    String statusFor(Instant start, Instant now) {
        return BookingWriter.statusFor(eventType, start, now);
    }

    /** Whether a booking in {@code status} keeps its hosts from other bookings. */
    boolean blocks(String status) {
        return BookingWriter.blocks(eventType, status);
    }

    /** The booking row for {@code start}; seated bookings keep answers and metadata on each seat instead. */
    Booking toBooking(Instant start, String status, String recurringBookingUid, Instant now) {
        Booking b = new Booking();
        b.uid = UUID.randomUUID().toString();
        b.eventTypeId = eventType.id();
        b.userId = organizerId;
        Object title = answers.responses().get("title");
        b.title = title instanceof String text && !text.isBlank() ? text
                : eventType.title() + " between " + hostName + " and " + (eventType.isSeated() ? "attendees" : attendee.name());
        Object notes = answers.responses().get("notes");
        b.description = notes instanceof String text ? text : null;
        b.startTime = start;
        b.endTime = endFor(start);
        b.status = status;
        b.location = answers.location();
        b.seated = eventType.isSeated();
        if (!b.seated) {
            b.metadata = new LinkedHashMap<>(answers.metadata());
            b.bookingFieldsResponses = new LinkedHashMap<>(answers.responses());
            b.guests = new java.util.ArrayList<>(answers.guests());
        }
        b.recurringBookingUid = recurringBookingUid;
        b.routingResponseId = routingResponseId;
        b.createdAt = now;
        b.updatedAt = now;
        return b;
    }

    Map<String, Object> seatResponses() {
        return answers.responses();
    }
}
