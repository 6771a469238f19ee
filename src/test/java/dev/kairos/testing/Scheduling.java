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
        return host(zone, "09:00", "17:00");
    }

    /** A host whose default schedule is Mon-Fri {@code from}-{@code to} in {@code zone}. */
    public static TestUser host(String zone, String from, String to) {
        TestUser user = Api.newUser();
        user.call().body(Map.of("name", "Work", "timeZone", zone, "isDefault", true, "availability",
                List.of(Map.of("days", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
                        "startTime", from, "endTime", to))))
                .post("/v2/schedules").then().statusCode(201);
        return user;
    }

    /**
     * A 60-minute "Team call" of team {@code teamId}, created by {@code admin}: {@code schedulingType}
     * collective or roundRobin, hosted by {@code hosts} ({@code {userId, ...}} entries), unless
     * {@code extra} says otherwise.
     */
    public static long teamEventType(TestUser admin, long teamId, String schedulingType, List<Map<String, Object>> hosts,
            Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Team call", "slug", "team-call-" + UUID.randomUUID().toString().substring(0, 8),
                "lengthInMinutes", 60, "schedulingType", schedulingType, "hosts", hosts));
        body.putAll(extra);
        return admin.call().body(body).post("/v2/teams/" + teamId + "/event-types").then().statusCode(201)
                .extract().jsonPath().getLong("data.id");
    }

    /** Host entries with default settings for {@code users}. */
    public static List<Map<String, Object>> hosts(TestUser... users) {
        return java.util.Arrays.stream(users).map(u -> Map.<String, Object>of("userId", u.id())).toList();
    }

    /** An event type of {@code host}: a 60-minute "Call" unless {@code extra} says otherwise. */
    public static long eventType(TestUser host, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Call", "slug", "call-" + UUID.randomUUID().toString().substring(0, 8),
                "lengthInMinutes", 60));
        body.putAll(extra);
        return host.call().body(body).post("/v2/event-types").then().statusCode(201).extract().jsonPath().getLong("data.id");
    }
}
