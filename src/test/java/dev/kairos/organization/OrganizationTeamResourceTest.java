package dev.kairos.organization;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationTeamResourceTest {

    private static String teams(long orgId) {
        return "/v2/organizations/" + orgId + "/teams";
    }

    private static String team(long orgId, long teamId) {
        return teams(orgId) + "/" + teamId;
    }

    private static String slug() {
        return "team-" + UUID.randomUUID();
    }

    @Test
    void anOrgAdminCreatesATeamOfTheOrganizationAndOwnsIt() {
        long orgId = Organisations.organisation();
        TestUser admin = Organisations.user(orgId, "ADMIN");
        String slug = slug();
        var created = admin.call().body(Map.of("name", "Tutors", "slug", slug)).post(teams(orgId)).then().statusCode(201)
                .body("data.parentId", equalTo((int) orgId)).body("data.slug", equalTo(slug))
                .body("data.isOrganization", equalTo(false)).extract();
        long teamId = created.jsonPath().getLong("data.id");
        assertTrue(created.header("Location").endsWith(team(orgId, teamId)), created.header("Location"));

        admin.call().get(team(orgId, teamId)).then().statusCode(200).body("data.id", equalTo((int) teamId));
        admin.call().get("/v2/teams/" + teamId + "/memberships").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].userId", equalTo((int) admin.id())).body("data[0].role", equalTo("OWNER"));
        admin.call().get("/v2/teams").then().statusCode(200).body("data", hasSize(1)).body("data[0].id", equalTo((int) teamId));
    }

    @Test
    void thePlatformAdministratorCreatesOrgTeamsWithoutJoiningThem() {
        long orgId = Organisations.organisation();
        long teamId = Organisations.team(orgId);
        Api.admin().get("/v2/teams/" + teamId + "/memberships").then().statusCode(200).body("data", hasSize(0));
        Api.admin().get(teams(orgId)).then().statusCode(200).body("data", hasSize(1));
    }

    @Test
    void membersListAndReadTheOrganizationsTeamsButDoNotManageThem() {
        long orgId = Organisations.organisation();
        TestUser owner = Organisations.user(orgId, "OWNER");
        TestUser member = Organisations.user(orgId, "MEMBER");
        long first = Organisations.team(orgId, owner);
        long second = Organisations.team(orgId, owner);

        member.call().get(teams(orgId)).then().statusCode(200).body("data", hasSize(2))
                .body("data[0].id", equalTo((int) first)).body("data[1].id", equalTo((int) second))
                .body("pagination.totalItems", equalTo(2));
        member.call().queryParam("limit", 1).get(teams(orgId)).then().statusCode(200).body("data", hasSize(1))
                .body("pagination.hasMore", equalTo(true));
        member.call().get(team(orgId, first)).then().statusCode(200);
        member.call().body(Map.of("name", "Mine", "slug", slug())).post(teams(orgId)).then().statusCode(403);
        member.call().body(Map.of("name", "Renamed")).patch(team(orgId, first)).then().statusCode(403);
        member.call().delete(team(orgId, first)).then().statusCode(403);
    }

    @Test
    void orgAdminsManageEveryTeamOfTheOrganization() {
        long orgId = Organisations.organisation();
        TestUser owner = Organisations.user(orgId, "OWNER");
        TestUser admin = Organisations.user(orgId, "ADMIN");
        long teamId = Organisations.team(orgId, owner);

        admin.call().body(Map.of("name", "Renamed", "bio", "We teach")).patch(team(orgId, teamId)).then().statusCode(200)
                .body("data.name", equalTo("Renamed")).body("data.bio", equalTo("We teach"));
        TestUser member = Organisations.user(orgId, "MEMBER");
        Teams.addMember(admin, teamId, member.id(), "ADMIN");
        admin.call().delete(team(orgId, teamId)).then().statusCode(200).body("data.id", equalTo((int) teamId));
        owner.call().get(team(orgId, teamId)).then().statusCode(404);
    }

    @Test
    void slugsAreUniquePerOrganization() {
        long orgA = Organisations.organisation();
        long orgB = Organisations.organisation();
        String slug = slug();
        Api.admin().body(Map.of("name", "A", "slug", slug)).post(teams(orgA)).then().statusCode(201);
        Api.admin().body(Map.of("name", "A again", "slug", slug)).post(teams(orgA)).then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
        Api.admin().body(Map.of("name", "B", "slug", slug)).post(teams(orgB)).then().statusCode(201);
        // A top-level team may share it too: it lives under no parent.
        Api.newUser().call().body(Map.of("name", "Top", "slug", slug)).post("/v2/teams").then().statusCode(201);
        long other = Organisations.team(orgA);
        Api.admin().body(Map.of("slug", slug)).patch(team(orgA, other)).then().statusCode(409);
    }

    @Test
    void orgTeamsTakeOnlyUsersOfTheirOrganization() {
        long orgA = Organisations.organisation();
        long orgB = Organisations.organisation();
        TestUser ownerA = Organisations.user(orgA, "OWNER");
        TestUser memberA = Organisations.user(orgA, "MEMBER");
        TestUser memberB = Organisations.user(orgB, "MEMBER");
        TestUser loner = Api.newUser();
        long teamA = Organisations.team(orgA, ownerA);

        for (TestUser outsider : new TestUser[] { memberB, loner }) {
            ownerA.call().body(Map.of("userId", outsider.id(), "accepted", true)).post("/v2/teams/" + teamA + "/memberships")
                    .then().statusCode(422).body("error.code", equalTo("VALIDATION_ERROR"))
                    .body("error.details[0].field", equalTo("userId"));
            Api.admin().body(Map.of("userId", outsider.id(), "accepted", true)).post("/v2/teams/" + teamA + "/memberships")
                    .then().statusCode(422);
        }
        Teams.addMember(ownerA, teamA, memberA.id(), "MEMBER");
        memberA.call().get("/v2/teams/" + teamA + "/memberships").then().statusCode(200).body("data", hasSize(2));
    }
}
