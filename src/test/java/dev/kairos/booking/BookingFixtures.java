package dev.kairos.booking;

import static dev.kairos.testing.Api.anonymous;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Builds what booking tests need through the API: a host with Mon-Fri 09:00-17:00 hours, event
 * types, and booking requests. Every call makes fresh users and slugs, so tests never collide.
 * Use with {@code FixedClockProfile}: the clock is set to Monday 2030-01-07 06:00 UTC.
 */
final class BookingFixtures {

    /** Tuesday 2030-01-08, inside the default hours. */
    static final String TUESDAY_9 = "2030-01-08T09:00:00Z";
    static final String TUESDAY_10 = "2030-01-08T10:00:00Z";
    static final String MONDAY_NOW = "2030-01-07T06:00:00Z";

    private BookingFixtures() {
    }

    /** A booking request body for {@code start}, with a fresh attendee; {@code extra} adds or replaces fields. */
    static Map<String, Object> request(long eventTypeId, String start, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("eventTypeId", eventTypeId);
        body.put("start", start);
        body.put("attendee", attendee());
        body.putAll(extra);
        return body;
    }

    static Map<String, Object> attendee() {
        return Map.of("name", "Ada Lovelace", "email", "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "timeZone", "Europe/London", "language", "en");
    }

    /** Books anonymously, as a booking page would. */
    static ValidatableResponse book(Map<String, Object> body) {
        return anonymous().body(body).post("/v2/bookings").then();
    }

    /** Books {@code start} and returns the new booking's uid. */
    static String booked(long eventTypeId, String start) {
        return book(request(eventTypeId, start, Map.of())).statusCode(201).extract().jsonPath().getString("data.uid");
    }
}
