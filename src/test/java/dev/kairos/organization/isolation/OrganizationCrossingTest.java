package dev.kairos.organization.isolation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import dev.kairos.testing.Scheduling;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, nothing crosses organisations: what one organisation's people build (teams, team
 * event types, routing forms, webhooks, keys) can never take in another organisation's users,
 * event types or teams. Ids of the other organisation are 404 in paths and 422 in bodies; the
 * walk ({@link OrganizationIsolationWalkTest}) covers reaching B's resources, this covers bringing
 * them into A's.
 */
@QuarkusTest
class OrganizationCrossingTest {

    private long orgA;
    private TestUser ownerA;
    private TestUser memberA;
    private TestUser ownerB;
    private TestUser memberB;
    private TestUser loner;

    @BeforeEach
    void twoOrganizationsAndALoner() {
        orgA = Organisations.organisation();
        long orgB = Organisations.organisation();
        ownerA = Organisations.user(orgA, "OWNER");
        memberA = Organisations.user(orgA, "MEMBER");
        ownerB = Organisations.user(orgB, "OWNER");
        memberB = Organisations.user(orgB, "MEMBER");
        loner = Api.newUser();
    }

    @Test
    void aTeamAMemberCreatesThroughTeamsBelongsToTheirOrganization() {
        String slug = "team-" + UUID.randomUUID();
        long teamId = memberA.call().body(Map.of("name", "Member's team", "slug", slug)).post("/v2/teams")
                .then().statusCode(201).body("data.parentId", equalTo((int) orgA)).extract().jsonPath().getLong("data.id");

        ownerA.call().get("/v2/organizations/" + orgA + "/teams").then().statusCode(200).body("data.id", hasItem((int) teamId));
        // The organisation's owner manages it like any of its teams, without being a member.
        ownerA.call().body(Map.of("name", "Renamed by the org")).patch("/v2/teams/" + teamId).then().statusCode(200);
        ownerB.call().get("/v2/teams/" + teamId).then().statusCode(404);
        // The same slug is free in another organisation and at the top level.
        ownerB.call().body(Map.of("name", "Same slug", "slug", slug)).post("/v2/teams").then().statusCode(201);
        loner.call().body(Map.of("name", "Same slug", "slug", slug)).post("/v2/teams").then().statusCode(201)
                .body("data.parentId", equalTo(null));
    }

    @Test
    void teamsTakeOnlyUsersOfTheirOwnOrganization() {
        long teamA = Teams.team(memberA);
        for (TestUser outsider : List.of(memberB, ownerB, loner)) {
            memberA.call().body(Map.of("userId", outsider.id(), "accepted", true)).post("/v2/teams/" + teamA + "/memberships")
                    .then().statusCode(422).body("error.details[0].field", equalTo("userId"));
        }
        memberA.call().body(Map.of("userId", ownerA.id(), "accepted", true)).post("/v2/teams/" + teamA + "/memberships")
                .then().statusCode(201);

        long lonersTeam = Teams.team(loner);
        for (TestUser organised : List.of(memberA, memberB)) {
            loner.call().body(Map.of("userId", organised.id(), "accepted", true)).post("/v2/teams/" + lonersTeam + "/memberships")
                    .then().statusCode(422).body("error.details[0].field", equalTo("userId"))
                    .body("error.details[0].message", containsString("outside any organization"));
        }
    }

    @Test
    void teamEventTypesHostNoOneOfAnotherOrganization() {
        long teamA = Teams.team(ownerA);
        ownerA.call().body(Map.of("title", "Call", "slug", "call-" + UUID.randomUUID(), "lengthInMinutes", 30,
                "schedulingType", "collective", "hosts", List.of(Map.of("userId", memberB.id()))))
                .post("/v2/teams/" + teamA + "/event-types").then().statusCode(422)
                .body("error.details[0].field", equalTo("hosts[0].userId"));
    }

    @Test
    void eventTypesRunOnNoScheduleOfAnotherOrganization() {
        long scheduleB = ownerB.call().body(Map.of("name", "B's hours", "timeZone", "UTC", "isDefault", false)).post("/v2/schedules")
                .then().statusCode(201).extract().jsonPath().getLong("data.id");
        long eventTypeA = Scheduling.eventType(ownerA, Map.of());
        ownerA.call().body(Map.of("scheduleId", scheduleB)).patch("/v2/event-types/" + eventTypeA).then().statusCode(422)
                .body("error.details[0].field", equalTo("scheduleId"));
        ownerA.call().body(Map.of("defaultScheduleId", scheduleB)).patch("/v2/me").then().statusCode(oneOf(404, 422));
        long teamA = Teams.team(ownerA);
        ownerA.call().body(Map.of("title", "Call", "slug", "call-" + UUID.randomUUID(), "lengthInMinutes", 30,
                "schedulingType", "collective", "hosts", List.of(Map.of("userId", ownerA.id(), "scheduleId", scheduleB))))
                .post("/v2/teams/" + teamA + "/event-types").then().statusCode(422)
                .body("error.details[0].field", equalTo("hosts[0].scheduleId"));
    }

    @Test
    void routingFormsRouteOnlyToTheirOwnOrganizationsEventTypesAndTeams() {
        long eventTypeB = Scheduling.eventType(ownerB, Map.of());
        long teamB = Teams.team(ownerB);
        ownerA.call().body(form(eventTypeB, null)).post("/v2/routing-forms").then().statusCode(422)
                .body("error.details[0].field", equalTo("routes[0].action.eventTypeId"));
        ownerA.call().body(form(Scheduling.eventType(ownerA, Map.of()), teamB)).post("/v2/routing-forms").then().statusCode(404);
    }

    @Test
    void webhooksWatchOnlyTheirOwnOrganizationsEventTypes() {
        long eventTypeB = Scheduling.eventType(ownerB, Map.of());
        ownerA.call().body(Map.of("subscriberUrl", "http://127.0.0.1:9/a", "active", true, "triggers", List.of("BOOKING_CREATED")))
                .post("/v2/event-types/" + eventTypeB + "/webhooks").then().statusCode(404);
        ownerB.call().get("/v2/event-types/" + eventTypeB + "/webhooks").then().statusCode(200)
                .body("data.subscriberUrl", not(hasItem("http://127.0.0.1:9/a")));
    }

    @Test
    void bookingsAreNeverReassignedToAnotherOrganizationsUser() {
        for (TestUser host : List.of(ownerA, memberA, memberB)) {
            host.call().body(Map.of("name", "Hours", "timeZone", "UTC", "isDefault", true)).post("/v2/schedules").then().statusCode(201);
        }
        long teamA = Teams.teamWithMembers(ownerA, memberA);
        long eventType = Scheduling.teamEventType(ownerA, teamA, "roundRobin", Scheduling.hosts(ownerA, memberA), Map.of());
        String uid = Api.anonymous().body(Map.of("eventTypeId", eventType, "start", "2031-02-04T10:00:00Z",
                "attendee", Map.of("name", "Ada", "email", "ada@example.com", "timeZone", "UTC")))
                .post("/v2/bookings").then().statusCode(201).extract().jsonPath().getString("data.uid");

        String refused = ownerA.call().body(Map.of()).post("/v2/bookings/" + uid + "/reassign/" + memberB.id())
                .then().statusCode(422).body("error.details[0].field", equalTo("userId")).extract().asString();
        assertFalse(refused.contains(memberB.email()), refused);
        ownerA.call().get("/v2/bookings/" + uid).then().statusCode(200).body("data.hosts.id", not(hasItem((int) memberB.id())));
    }

    @Test
    void organizationAdminsCannotActOnAnotherOrganizationsUsers() {
        String b = "/v2/users/" + memberB.id();
        ownerA.call().body(Map.of("role", "ADMIN")).patch("/v2/organizations/" + orgA + b).then().statusCode(404);
        ownerA.call().delete("/v2/organizations/" + orgA + b).then().statusCode(404);
        ownerA.call().body(Map.of("name", "theirs", "userId", memberB.id())).post("/v2/api-keys").then().statusCode(oneOf(403, 404));
        ownerA.call().get(b).then().statusCode(oneOf(403, 404));
        memberB.call().get("/v2/me").then().statusCode(200).body("data.name", equalTo("Org User"));
    }

    private static Map<String, Object> form(long eventTypeId, Long teamId) {
        Map<String, Object> form = new HashMap<>(Map.of("name", "Contact", "fields",
                List.of(Map.of("id", "q", "label", "Q", "type", "text", "required", false)),
                "routes", List.of(Map.of("id", "r", "conditions", Map.of("combinator", "and", "rules",
                        List.of(Map.of("fieldId", "q", "operator", "equals", "value", "x"))),
                        "action", Map.of("type", "eventType", "eventTypeId", eventTypeId))),
                "fallbackAction", Map.of("type", "message", "message", "Thanks")));
        if (teamId != null) {
            form.put("teamId", teamId);
        }
        return form;
    }
}
