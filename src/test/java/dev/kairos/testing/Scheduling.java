package dev.kairos.testing;

import static dev.kairos.testing.Api.admin;

import dev.kairos.testing.Api.TestUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What tests of slots, bookings and webhooks need through the API: the business clock (with
 * {@code FixedClockProfile}), a host with working hours, and event types. Every call makes fresh
 * users and slugs, so tests never collide.
 */
public final class Scheduling {

    private Scheduling() {
    }

    /** Moves the fixed business clock. */
    public static void setClock(String now) {
        admin().body(Map.of("now", now)).put("/v2/admin/clock").then().statusCode(200);
    }

    /** A host whose default schedule is Mon-Fri 09:00-17:00 in {@code zone}. */
    public static TestUser host(String zone) {
        TestUser user = Api.newUser();
        user.call().body(Map.of("name", "Work", "timeZone", zone, "isDefault", true, "availability",
                List.of(Map.of("days", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
                        "startTime", "09:00", "endTime", "17:00"))))
                .post("/v2/schedules").then().statusCode(201);
        return user;
    }

    /** An event type of {@code host}: a 60-minute "Call" unless {@code extra} says otherwise. */
    public static long eventType(TestUser host, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Call", "slug", "call-" + UUID.randomUUID().toString().substring(0, 8),
                "lengthInMinutes", 60));
        body.putAll(extra);
        return host.call().body(body).post("/v2/event-types").then().statusCode(201).extract().jsonPath().getLong("data.id");
    }
}
