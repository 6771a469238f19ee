package dev.kairos.team;

import static dev.kairos.team.TeamCalls.membership;
import static dev.kairos.team.TeamCalls.membershipOf;
import static dev.kairos.team.TeamCalls.memberships;
import static dev.kairos.testing.CalComSchemas.assertConforms;
import static dev.kairos.testing.CalComSchemas.parse;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipResourceTest {

    @Test
    void addsReadsChangesAndRemovesAMembership() {
        TestUser owner = Api.newUser();
        TestUser user = Api.newUser();
        long teamId = Teams.team(owner);
        var created = owner.call().body(Map.of("userId", user.id())).post(memberships(teamId)).then().statusCode(201)
                .body("data.userId", equalTo((int) user.id())).body("data.teamId", equalTo((int) teamId))
                .body("data.role", equalTo("MEMBER")).body("data.accepted", equalTo(false))
                .body("data.user.email", equalTo(user.email())).extract();
        long id = created.jsonPath().getLong("data.id");
        assertTrue(created.header("Location").endsWith(membership(teamId, id)), created.header("Location"));

        owner.call().get(membership(teamId, id)).then().statusCode(200).body("data.id", equalTo((int) id))
                .body("data.user.username", equalTo(created.jsonPath().getString("data.user.username")));
        owner.call().body(Map.of("accepted", true)).patch(membership(teamId, id)).then().statusCode(200)
                .body("data.accepted", equalTo(true)).body("data.role", equalTo("MEMBER"));
        owner.call().body(Map.of("role", "ADMIN")).patch(membership(teamId, id)).then().statusCode(200)
                .body("data.accepted", equalTo(true)).body("data.role", equalTo("ADMIN"));
        user.call().get(memberships(teamId)).then().statusCode(200).body("data", hasSize(2))
                .body("data[1].role", equalTo("ADMIN"));

        owner.call().delete(membership(teamId, id)).then().statusCode(200).body("data.id", equalTo((int) id))
                .body("data.role", equalTo("ADMIN"));
        owner.call().get(membership(teamId, id)).then().statusCode(404);
        user.call().get(memberships(teamId)).then().statusCode(404);
    }

    @Test
    void membershipsHaveCalComsShape() {
        TestUser owner = Api.newUser();
        TestUser user = Api.newUser();
        long teamId = Teams.team(owner);
        JsonNode created = parse(owner.call().body(Map.of("userId", user.id(), "role", "ADMIN", "accepted", true))
                .post(memberships(teamId)).then().statusCode(201).extract().asString());
        assertConforms("CreateTeamMembershipOutput", created);
        long id = created.path("data").path("id").asLong();

        assertConforms("GetTeamMembershipOutput", parse(owner.call().get(membership(teamId, id)).asString()));
        JsonNode listed = parse(owner.call().get(memberships(teamId)).then().statusCode(200).extract().asString());
        assertTrue(listed.path("data").size() == 2, listed.toString());
        for (JsonNode item : listed.path("data")) {
            assertConforms("TeamMembershipOutput", item);
        }
        assertConforms("UpdateTeamMembershipOutput",
                parse(owner.call().body(Map.of("role", "MEMBER")).patch(membership(teamId, id)).asString()));
        assertConforms("DeleteTeamMembershipOutput", parse(owner.call().delete(membership(teamId, id)).asString()));
    }

    @Test
    void pagesTheMemberships() {
        TestUser owner = Api.newUser();
        long teamId = Teams.teamWithMembers(owner, Api.newUser(), Api.newUser());
        var page = owner.call().queryParam("limit", 2).get(memberships(teamId)).then().statusCode(200)
                .body("data", hasSize(2)).body("data[0].role", equalTo("OWNER"))
                .body("pagination.totalItems", equalTo(3)).body("pagination.hasMore", equalTo(true))
                .body("pagination.returnedItems", equalTo(2)).body("pagination.remainingItems", equalTo(1))
                .body("pagination.totalPages", equalTo(2)).body("pagination.currentPage", equalTo(1))
                .body("pagination.itemsPerPage", equalTo(2)).body("pagination.hasNextPage", equalTo(true))
                .body("pagination.hasPreviousPage", equalTo(false)).extract().jsonPath();
        owner.call().queryParam("cursor", page.getString("pagination.cursor")).get(memberships(teamId)).then().statusCode(200)
                .body("data", hasSize(1)).body("pagination.hasMore", equalTo(false));
    }

    @Test
    void refusesUnknownUsersDuplicatesAndInvalidValues() {
        TestUser owner = Api.newUser();
        TestUser member = Api.newUser();
        long teamId = Teams.teamWithMembers(owner, member);
        owner.call().body(Map.of("userId", Long.MAX_VALUE)).post(memberships(teamId)).then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR")).body("error.details[0].field", equalTo("userId"));
        owner.call().body(Map.of("role", "MEMBER")).post(memberships(teamId)).then().statusCode(422)
                .body("error.details[0].field", equalTo("userId"));
        owner.call().body(Map.of("userId", member.id())).post(memberships(teamId)).then().statusCode(409)
                .body("error.code", equalTo("CONFLICT")).body("error.message", containsString("already a member"));
        owner.call().body(Map.of("userId", owner.id(), "role", "OWNER")).post(memberships(teamId)).then().statusCode(409);
        owner.call().body(Map.of("userId", Api.newUser().id(), "role", "BOSS")).post(memberships(teamId)).then().statusCode(422)
                .body("error.details[0].field", equalTo("role")).body("error.message", containsString("MEMBER, ADMIN or OWNER"));
        owner.call().body("{\"userId\": \"someone\"}").post(memberships(teamId)).then().statusCode(400);
        long id = membershipOf(owner, teamId, member.id());
        owner.call().body(Map.of("role", "member")).patch(membership(teamId, id)).then().statusCode(422)
                .body("error.details[0].field", equalTo("role"));
        owner.call().body("{\"accepted\": \"maybe\"}").patch(membership(teamId, id)).then().statusCode(400);
    }

    @Test
    void anotherTeamsMembershipIdsAreNotFound() {
        TestUser owner = Api.newUser();
        TestUser otherOwner = Api.newUser();
        TestUser otherMember = Api.newUser();
        long teamId = Teams.team(owner);
        long otherTeam = Teams.teamWithMembers(otherOwner, otherMember);
        long foreign = membershipOf(otherOwner, otherTeam, otherMember.id());

        owner.call().get(membership(teamId, foreign)).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        owner.call().body(Map.of("role", "MEMBER")).patch(membership(teamId, foreign)).then().statusCode(404);
        owner.call().delete(membership(teamId, foreign)).then().statusCode(404);
        // The other team's own path is closed to a non-member, for every operation.
        owner.call().get(memberships(otherTeam)).then().statusCode(404);
        owner.call().body(Map.of("userId", owner.id())).post(memberships(otherTeam)).then().statusCode(404);
        owner.call().get(membership(otherTeam, foreign)).then().statusCode(404);
        owner.call().body(Map.of("role", "OWNER")).patch(membership(otherTeam, foreign)).then().statusCode(404);
        owner.call().delete(membership(otherTeam, foreign)).then().statusCode(404);
        // Nothing changed.
        otherOwner.call().get(membership(otherTeam, foreign)).then().statusCode(200).body("data.role", equalTo("MEMBER"));
        // A plain member of a team meets another team's membership id as 404 too, where they may act (leaving).
        otherMember.call().delete(membership(otherTeam, membershipOf(owner, teamId, owner.id()))).then().statusCode(404);
    }

    @Test
    void anonymousCallersAreRefused() {
        TestUser owner = Api.newUser();
        long teamId = Teams.team(owner);
        long id = membershipOf(owner, teamId, owner.id());
        Api.anonymous().get(memberships(teamId)).then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
        Api.anonymous().body(Map.of("userId", 1)).post(memberships(teamId)).then().statusCode(401);
        Api.anonymous().get(membership(teamId, id)).then().statusCode(401);
        Api.anonymous().body(Map.of("role", "MEMBER")).patch(membership(teamId, id)).then().statusCode(401);
        Api.anonymous().delete(membership(teamId, id)).then().statusCode(401);
    }
}
