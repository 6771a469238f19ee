package dev.kairos.eventtype;

import static dev.kairos.testing.CalComSchemas.assertConforms;
import static dev.kairos.testing.CalComSchemas.assertRequired;
import static dev.kairos.testing.CalComSchemas.parse;
import static dev.kairos.testing.Scheduling.hosts;
import static dev.kairos.testing.Scheduling.teamEventType;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, team event types: {@code /v2/teams/{teamId}/event-types} with Cal.com's shapes, hosts
 * who must be members, and the team roles (members read, admins manage, others see nothing).
 */
@QuarkusTest
class TeamEventTypeResourceTest {

    private static Map<String, Object> body(String schedulingType, List<Map<String, Object>> hosts) {
        return Map.of("title", "Demo", "slug", "demo-" + System.nanoTime(), "lengthInMinutes", 30, "schedulingType", schedulingType,
                "hosts", hosts);
    }

    @Test
    void anAdminCreatesARoundRobinEventTypeInCalComsShape() {
        TestUser owner = Api.newUser();
        TestUser member = Api.newUser();
        long team = Teams.teamWithMembers(owner, member);

        String created = owner.call().body(body("roundRobin", List.of(Map.of("userId", owner.id(), "priority", "high", "weight", 3),
                        Map.of("userId", member.id(), "mandatory", true, "groupId", "g1"))))
                .post("/v2/teams/" + team + "/event-types").then().statusCode(201)
                .header("Location", containsString("/v2/teams/" + team + "/event-types/"))
                .body("data.teamId", equalTo((int) team))
                .body("data.schedulingType", equalTo("roundRobin"))
                .body("data.ownerId", nullValue())
                .body("data.team.id", equalTo((int) team))
                .body("data.hosts", hasSize(2))
                .body("data.hosts[0].userId", equalTo((int) owner.id()))
                .body("data.hosts[0].priority", equalTo("high"))
                .body("data.hosts[0].weight", equalTo(3))
                .body("data.hosts[1].mandatory", equalTo(true))
                .body("data.hosts[1].groupId", equalTo("g1"))
                .body("data.hosts[1].name", equalTo("Test User"))
                .extract().asString();

        // Cal.com's booking field schemas type isDefault as an object (a fault of its document), so
        // the event type is checked level by level, its hosts and team all the way down.
        JsonNode data = parse(created).get("data");
        assertRequired("TeamEventTypeOutput_2024_06_14", data, "team event type");
        data.get("hosts").forEach(host -> assertConforms("TeamEventTypeResponseHost", host));
        assertConforms("EventTypeTeam", data.get("team"));
    }

    @Test
    void hostDefaultsAreNotMandatoryMediumPriorityAndWeight100() {
        TestUser owner = Api.newUser();
        long team = Teams.team(owner);
        long id = teamEventType(owner, team, "collective", hosts(owner), Map.of());

        owner.call().get("/v2/teams/" + team + "/event-types/" + id).then().statusCode(200)
                .body("data.hosts[0].mandatory", equalTo(false))
                .body("data.hosts[0].priority", equalTo("medium"))
                .body("data.hosts[0].weight", equalTo(100));
    }

    @Test
    void membersReadButOnlyAdminsManage() {
        TestUser owner = Api.newUser();
        TestUser admin = Api.newUser();
        TestUser member = Api.newUser();
        long team = Teams.team(owner);
        Teams.addMember(owner, team, admin.id(), "ADMIN");
        Teams.addMember(owner, team, member.id(), "MEMBER");
        long id = teamEventType(admin, team, "collective", hosts(admin, member), Map.of());
        String path = "/v2/teams/" + team + "/event-types";

        member.call().get(path).then().statusCode(200).body("data.id", contains((int) id)).body("pagination.totalItems", equalTo(1));
        member.call().get(path + "/" + id).then().statusCode(200);
        member.call().body(body("collective", hosts(member))).post(path).then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        member.call().body(Map.of("title", "Mine now")).patch(path + "/" + id).then().statusCode(403);
        member.call().delete(path + "/" + id).then().statusCode(403);
        admin.call().body(Map.of("title", "Renamed")).patch(path + "/" + id).then().statusCode(200).body("data.title", equalTo("Renamed"));
        admin.call().delete(path + "/" + id).then().statusCode(200);
        member.call().get(path + "/" + id).then().statusCode(404);
    }

    @Test
    void anotherTeamsEventTypesAreNotFound() {
        TestUser owner = Api.newUser();
        long team = Teams.team(owner);
        long id = teamEventType(owner, team, "collective", hosts(owner), Map.of());
        TestUser stranger = Api.newUser();
        long otherTeam = Teams.team(stranger);
        String path = "/v2/teams/" + team + "/event-types";

        stranger.call().get(path).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        stranger.call().get(path + "/" + id).then().statusCode(404);
        stranger.call().body(Map.of("title", "x")).patch(path + "/" + id).then().statusCode(404);
        stranger.call().delete(path + "/" + id).then().statusCode(404);
        stranger.call().body(body("collective", hosts(stranger))).post(path).then().statusCode(404);
        // The event type under the stranger's own team's path is not theirs either.
        stranger.call().get("/v2/teams/" + otherTeam + "/event-types/" + id).then().statusCode(404);
        // Nor under the personal path.
        owner.call().get("/v2/event-types/" + id).then().statusCode(404);
        Api.anonymous().get(path).then().statusCode(401);
    }

    @Test
    void hostsMustBeAcceptedMembersListedOnce() {
        TestUser owner = Api.newUser();
        TestUser outsider = Api.newUser();
        TestUser invited = Api.newUser();
        long team = Teams.team(owner);
        owner.call().body(Map.of("userId", invited.id(), "role", "MEMBER", "accepted", false))
                .post("/v2/teams/" + team + "/memberships").then().statusCode(201);
        String path = "/v2/teams/" + team + "/event-types";

        owner.call().body(body("collective", hosts(owner, outsider))).post(path).then().statusCode(422)
                .body("error.details[0].field", equalTo("hosts[1].userId"));
        owner.call().body(body("collective", hosts(invited))).post(path).then().statusCode(422)
                .body("error.details[0].field", equalTo("hosts[0].userId"));
        owner.call().body(body("collective", hosts(owner, owner))).post(path).then().statusCode(422)
                .body("error.details[0].field", equalTo("hosts[1].userId"));
        owner.call().body(body("collective", List.of())).post(path).then().statusCode(422)
                .body("error.details[0].field", equalTo("hosts"));
        owner.call().body(body("roundRobin", List.of(Map.of("userId", owner.id(), "weight", 0)))).post(path).then().statusCode(422);
        owner.call().body(body("roundRobin", List.of(Map.of("userId", owner.id(), "priority", "urgent")))).post(path).then().statusCode(422);
    }

    @Test
    void schedulingTypeIsRequiredAndManagedIsNotSupportedYet() {
        TestUser owner = Api.newUser();
        long team = Teams.team(owner);
        String path = "/v2/teams/" + team + "/event-types";

        owner.call().body(Map.of("title", "Demo", "slug", "demo-" + System.nanoTime(), "lengthInMinutes", 30, "hosts", hosts(owner)))
                .post(path).then().statusCode(422).body("error.details[0].field", equalTo("schedulingType"));
        owner.call().body(body("managed", hosts(owner))).post(path).then().statusCode(422)
                .body("error.message", containsString("managed"));
        owner.call().body(body("sometimes", hosts(owner))).post(path).then().statusCode(422);
    }

    @Test
    void roundRobinCannotBeSeatedOrRecurringAndTeamsUseHostSchedules() {
        TestUser owner = Api.newUser();
        long team = Teams.team(owner);
        String path = "/v2/teams/" + team + "/event-types";
        Map<String, Object> seated = new java.util.HashMap<>(body("roundRobin", hosts(owner)));
        seated.put("seats", Map.of("seatsPerTimeSlot", 5, "showAttendeeInfo", false, "showAvailabilityCount", true));

        owner.call().body(seated).post(path).then().statusCode(422).body("error.details[0].field", equalTo("seats"));
        Map<String, Object> scheduled = new java.util.HashMap<>(body("collective", hosts(owner)));
        scheduled.put("scheduleId", 1);
        owner.call().body(scheduled).post(path).then().statusCode(422).body("error.details[0].field", equalTo("scheduleId"));
    }

    @Test
    void personalEventTypesHaveNoHosts() {
        TestUser user = Api.newUser();
        user.call().body(Map.of("title", "Call", "slug", "call-" + System.nanoTime(), "lengthInMinutes", 30, "schedulingType", "collective"))
                .post("/v2/event-types").then().statusCode(422)
                .body("error.details[0].field", equalTo("schedulingType"))
                .body("error.message", containsString("/v2/teams/{teamId}/event-types"));
    }

    @Test
    void assignAllTeamMembersHostsEveryAcceptedMemberIncludingLaterOnes() {
        TestUser owner = Api.newUser();
        TestUser first = Api.newUser();
        long team = Teams.teamWithMembers(owner, first);
        String id = owner.call().body(Map.of("title", "All hands", "slug", "all-" + System.nanoTime(), "lengthInMinutes", 30,
                        "schedulingType", "roundRobin", "assignAllTeamMembers", true,
                        "hosts", List.of(Map.of("userId", first.id(), "weight", 7))))
                .post("/v2/teams/" + team + "/event-types").then().statusCode(201)
                .body("data.assignAllTeamMembers", equalTo(true))
                .body("data.hosts.userId", contains((int) owner.id(), (int) first.id()))
                .body("data.hosts[1].weight", equalTo(7))
                .extract().jsonPath().getString("data.id");

        TestUser later = Api.newUser();
        Teams.addMember(owner, team, later.id(), "MEMBER");

        owner.call().get("/v2/teams/" + team + "/event-types/" + id).then().statusCode(200)
                .body("data.hosts.userId", contains((int) owner.id(), (int) first.id(), (int) later.id()));
    }

    @Test
    void hostsSentInAnUpdateReplaceTheHostList() {
        TestUser owner = Api.newUser();
        TestUser a = Api.newUser();
        TestUser b = Api.newUser();
        long team = Teams.teamWithMembers(owner, a, b);
        long id = teamEventType(owner, team, "collective", hosts(owner, a), Map.of());
        String path = "/v2/teams/" + team + "/event-types/" + id;

        owner.call().body(Map.of("hosts", hosts(b), "schedulingType", "roundRobin")).patch(path).then().statusCode(200)
                .body("data.hosts.userId", contains((int) b.id()))
                .body("data.schedulingType", equalTo("roundRobin"));
        owner.call().body(Map.of("title", "Only the title")).patch(path).then().statusCode(200)
                .body("data.hosts.userId", contains((int) b.id()));
    }

    @Test
    void aSlugIsUniqueWithinATeam() {
        TestUser owner = Api.newUser();
        long team = Teams.team(owner);
        String slug = "same-" + System.nanoTime();
        teamEventType(owner, team, "collective", hosts(owner), Map.of("slug", slug));

        owner.call().body(Map.of("title", "Again", "slug", slug, "lengthInMinutes", 30, "schedulingType", "collective",
                "hosts", hosts(owner))).post("/v2/teams/" + team + "/event-types").then().statusCode(409);
        // Another team may use it.
        teamEventType(owner, Teams.team(owner), "collective", hosts(owner), Map.of("slug", slug));
    }
}
