package dev.kairos.booking;

import static dev.kairos.testing.Api.admin;
import static dev.kairos.testing.Api.anonymous;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
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

    static void setClock(String now) {
        admin().body(Map.of("now", now)).put("/v2/admin/clock").then().statusCode(200);
    }

    /** A host whose default schedule is Mon-Fri 09:00-17:00 in {@code zone}. */
    static TestUser host(String zone) {
        TestUser user = Api.newUser();
        user.call().body(Map.of("name", "Work", "timeZone", zone, "isDefault", true, "availability",
                List.of(Map.of("days", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
                        "startTime", "09:00", "endTime", "17:00"))))
                .post("/v2/schedules").then().statusCode(201);
        return user;
    }

    /** An event type of {@code host}: 60 minutes unless {@code extra} says otherwise. */
    static long eventType(TestUser host, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Call", "slug", "call-" + UUID.randomUUID().toString().substring(0, 8),
                "lengthInMinutes", 60));
        body.putAll(extra);
        return host.call().body(body).post("/v2/event-types").then().statusCode(201).extract().jsonPath().getLong("data.id");
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
