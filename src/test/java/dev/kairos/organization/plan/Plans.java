package dev.kairos.organization.plan;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plans, and the organisation hosts and bookings that use them, through the real API. */
final class Plans {

    private Plans() {
    }

    static String subscription(long orgId) {
        return "/v2/organizations/" + orgId + "/subscription";
    }

    static String usage(long orgId) {
        return "/v2/organizations/" + orgId + "/usage";
    }

    /** Puts the organisation on {@code planType} (as the platform administrator). */
    static void plan(long orgId, String planType) {
        Api.admin().body(Map.of("planType", planType, "status", "active")).put(subscription(orgId)).then().statusCode(200);
    }

    /** A new organisation on {@code planType}, with no users yet. */
    static long organisationOn(String planType) {
        long orgId = Organisations.organisation();
        plan(orgId, planType);
        return orgId;
    }

    /** A new owner of the organisation whose default schedule is Mon-Fri 09:00-17:00 UTC. */
    static TestUser host(long orgId) {
        TestUser user = Organisations.user(orgId, "OWNER");
        user.call().body(Map.of("name", "Work", "timeZone", "UTC", "isDefault", true)).post("/v2/schedules").then().statusCode(201);
        return user;
    }

    /** A personal event type of {@code owner}: a 60-minute call unless {@code extra} says otherwise. */
    static ValidatableResponse createEventType(TestUser owner, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Call", "slug", "call-" + UUID.randomUUID().toString().substring(0, 8),
                "lengthInMinutes", 60));
        body.putAll(extra);
        return owner.call().body(body).post("/v2/event-types").then();
    }

    /** Books {@code start} of the event type as {@code booker}; {@code extra} adds fields (e.g. recurrenceCount). */
    static ValidatableResponse book(TestUser booker, long eventTypeId, String start, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("eventTypeId", eventTypeId, "start", start, "attendee",
                Map.of("name", "Student", "email", "student-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                        "timeZone", "UTC")));
        body.putAll(extra);
        return booker.call().body(body).post("/v2/bookings").then();
    }

    /** A weekly series of up to {@code occurrences}. */
    static Map<String, Object> weekly(int occurrences) {
        return Map.of("recurrence", Map.of("interval", 1, "occurrences", occurrences, "frequency", "weekly"));
    }

    static List<String> hoursOf(String date) {
        return List.of("09", "10", "11", "12", "13", "14", "15", "16").stream().map(h -> date + "T" + h + ":00:00Z").toList();
    }
}
