package dev.kairos.organization;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two organisations, A and B, each with an owner, an admin and a member: every organisation
 * operation called by B's people with A's ids answers 404 and shows nothing of A; the platform
 * administrator sees both.
 */
@QuarkusTest
class OrganizationIsolationTest {

    private long orgA;
    private long orgB;
    private TestUser ownerA;
    private TestUser memberA;
    private TestUser ownerB;
    private TestUser adminB;
    private TestUser memberB;
    private long teamA;
    private long teamB;

    @BeforeEach
    void twoOrganizations() {
        orgA = Organisations.organisation();
        orgB = Organisations.organisation();
        ownerA = Organisations.user(orgA, "OWNER");
        memberA = Organisations.user(orgA, "MEMBER");
        ownerB = Organisations.user(orgB, "OWNER");
        adminB = Organisations.user(orgB, "ADMIN", ownerB);
        memberB = Organisations.user(orgB, "MEMBER", adminB);
        teamA = Organisations.team(orgA, ownerA);
        teamB = Organisations.team(orgB, ownerB);
    }

    private static String org(long orgId) {
        return "/v2/organizations/" + orgId;
    }

    @Test
    void bsPeopleGet404ForEveryOperationOnAsIds() {
        for (TestUser b : new TestUser[] { ownerB, adminB, memberB }) {
            notFound(b.call().get(org(orgA)));
            notFound(b.call().get(org(orgA) + "/users"));
            notFound(b.call().body(Map.of("email", "x-" + UUID.randomUUID() + "@example.com", "name", "X")).post(org(orgA) + "/users"));
            notFound(b.call().get(org(orgA) + "/teams"));
            notFound(b.call().body(Map.of("name", "X", "slug", "x-" + UUID.randomUUID())).post(org(orgA) + "/teams"));
            notFound(b.call().get(org(orgA) + "/teams/" + teamA));
            notFound(b.call().body(Map.of("name", "Taken over")).patch(org(orgA) + "/teams/" + teamA));
            notFound(b.call().delete(org(orgA) + "/teams/" + teamA));
            // A's team through B's own organisation is not B's either.
            notFound(b.call().get(org(orgB) + "/teams/" + teamA));
            notFound(b.call().body(Map.of("name", "Taken over")).patch(org(orgB) + "/teams/" + teamA));
            notFound(b.call().delete(org(orgB) + "/teams/" + teamA));
            // Nor through the teams API.
            notFound(b.call().get("/v2/teams/" + teamA));
            notFound(b.call().get("/v2/teams/" + teamA + "/memberships"));
            notFound(b.call().body(Map.of("userId", b.id(), "accepted", true)).post("/v2/teams/" + teamA + "/memberships"));
            notFound(b.call().get("/v2/teams/" + orgA));
            b.call().get("/v2/organizations").then().statusCode(200).body("data", hasSize(1))
                    .body("data[0].id", equalTo((int) orgB));
        }
        ownerA.call().get(org(orgA) + "/teams/" + teamA).then().statusCode(200).body("data.name", not(equalTo("Taken over")));
    }

    @Test
    void listsNeverShowTheOtherOrganization() {
        ownerB.call().get(org(orgB) + "/users").then().statusCode(200).body("data", hasSize(3))
                .body("data.id", not(hasItems((int) ownerA.id())));
        memberB.call().get(org(orgB) + "/teams").then().statusCode(200).body("data", hasSize(1))
                .body("data[0].id", equalTo((int) teamB));
        memberA.call().get(org(orgA) + "/teams").then().statusCode(200).body("data", hasSize(1))
                .body("data[0].id", equalTo((int) teamA));
    }

    @Test
    void thePlatformAdministratorSeesBoth() {
        Api.admin().queryParam("limit", 250).get("/v2/organizations").then().statusCode(200)
                .body("data.id", hasItems((int) orgA, (int) orgB));
        Api.admin().get(org(orgA) + "/users").then().statusCode(200).body("data", hasSize(2));
        Api.admin().get(org(orgB) + "/users").then().statusCode(200).body("data", hasSize(3));
        Api.admin().get(org(orgA) + "/teams/" + teamA).then().statusCode(200);
        Api.admin().get(org(orgB) + "/teams/" + teamB).then().statusCode(200);
        notFound(Api.admin().get(org(orgA) + "/teams/" + teamB));
        notFound(Api.admin().get(org(orgB) + "/teams/" + teamA));
    }

    @Test
    void teamsOfARefuseBsUsersAndAMemberCannotAddUsers() {
        for (TestUser b : new TestUser[] { ownerB, adminB, memberB }) {
            ownerA.call().body(Map.of("userId", b.id(), "accepted", true)).post("/v2/teams/" + teamA + "/memberships")
                    .then().statusCode(422).body("error.details[0].field", equalTo("userId"));
        }
        memberA.call().body(Map.of("email", "x-" + UUID.randomUUID() + "@example.com", "name", "X")).post(org(orgA) + "/users")
                .then().statusCode(403);
    }

    private static void notFound(Response response) {
        String body = response.then().statusCode(404).body("error.code", equalTo("NOT_FOUND")).extract().asString();
        // Never data: only the error envelope.
        assertFalse(body.contains("\"data\""), body);
    }
}
