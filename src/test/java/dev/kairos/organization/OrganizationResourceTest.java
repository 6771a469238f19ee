package dev.kairos.organization;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
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
class OrganizationResourceTest {

    private static String slug() {
        return "org-" + UUID.randomUUID();
    }

    private static String email() {
        return "org-" + UUID.randomUUID() + "@example.com";
    }

    private static String users(long orgId) {
        return "/v2/organizations/" + orgId + "/users";
    }

    @Test
    void thePlatformAdministratorCreatesAnOrganizationThatTheTeamsApiDoesNotShow() {
        String slug = slug();
        var created = Api.admin().body(Map.of("name", "  Acme  ", "slug", slug)).post("/v2/organizations").then().statusCode(201)
                .body("data.name", equalTo("Acme")).body("data.slug", equalTo(slug)).body("data.isOrganization", equalTo(true))
                .body("data.createdAt", notNullValue()).extract();
        long id = created.jsonPath().getLong("data.id");
        assertTrue(created.header("Location").endsWith("/v2/organizations/" + id), created.header("Location"));

        Api.admin().get("/v2/organizations/" + id).then().statusCode(200).body("data.id", equalTo((int) id));
        Api.admin().queryParam("limit", 250).get("/v2/organizations").then().statusCode(200)
                .body("data.id", hasItem((int) id)).body("pagination.totalItems", notNullValue());
        // Organisations are not teams to the teams API.
        Api.admin().get("/v2/teams/" + id).then().statusCode(404);
        Api.admin().get("/v2/teams/" + id + "/memberships").then().statusCode(404);
    }

    @Test
    void onlyThePlatformAdministratorCreatesOrganizations() {
        Api.newUser().call().body(Map.of("name", "Mine", "slug", slug())).post("/v2/organizations").then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
        long orgId = Organisations.organisation();
        TestUser owner = Organisations.user(orgId, "OWNER");
        owner.call().body(Map.of("name", "Another", "slug", slug())).post("/v2/organizations").then().statusCode(403);
        Api.anonymous().body(Map.of("name", "Anon", "slug", slug())).post("/v2/organizations").then().statusCode(401);
    }

    @Test
    void refusesASlugTakenByAnOrganizationOrATopLevelTeamAndInvalidBodies() {
        String slug = slug();
        Api.admin().body(Map.of("name", "One", "slug", slug)).post("/v2/organizations").then().statusCode(201);
        Api.admin().body(Map.of("name", "Two", "slug", slug)).post("/v2/organizations").then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
        TestUser teamOwner = Api.newUser();
        String teamSlug = Teams.slugOf(Teams.team(teamOwner), teamOwner);
        Api.admin().body(Map.of("name", "Three", "slug", teamSlug)).post("/v2/organizations").then().statusCode(409);
        Api.admin().body(Map.of("name", "Four")).post("/v2/organizations").then().statusCode(422)
                .body("error.details[0].field", equalTo("slug"));
        Api.admin().body(Map.of("name", "Five", "slug", "Not A Slug")).post("/v2/organizations").then().statusCode(422);
    }

    @Test
    void aUserSeesOnlyTheOrganizationTheyBelongTo() {
        long orgId = Organisations.organisation();
        long other = Organisations.organisation();
        TestUser member = Organisations.user(orgId, "MEMBER");

        member.call().get("/v2/organizations").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].id", equalTo((int) orgId)).body("pagination.totalItems", equalTo(1));
        member.call().get("/v2/organizations/" + orgId).then().statusCode(200).body("data.slug", notNullValue());
        member.call().get("/v2/organizations/" + other).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        Api.newUser().call().get("/v2/organizations").then().statusCode(200).body("data", hasSize(0));
        Api.newUser().call().get("/v2/organizations/" + orgId).then().statusCode(404);
        Api.admin().get("/v2/organizations/" + Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void createsUsersOfTheOrganizationWithAnAcceptedMembershipInTheirRole() {
        long orgId = Organisations.organisation();
        String email = email();
        var created = Api.admin().body(Map.of("email", email, "name", "Ada", "timeZone", "Europe/London", "username",
                        "ada-" + UUID.randomUUID().toString().substring(0, 8), "role", "OWNER"))
                .post(users(orgId)).then().statusCode(201)
                .body("data.email", equalTo(email)).body("data.name", equalTo("Ada")).body("data.timeZone", equalTo("Europe/London"))
                .body("data.organizationId", equalTo((int) orgId)).body("data.role", equalTo("OWNER")).extract();
        long userId = created.jsonPath().getLong("data.id");
        assertTrue(created.header("Location").endsWith("/v2/users/" + userId), created.header("Location"));

        var key = Api.admin().body(Map.of("userId", userId)).post("/v2/api-keys").then().statusCode(201).extract().jsonPath();
        TestUser owner = new TestUser(userId, email, key.getString("data.key"), key.getLong("data.id"));
        owner.call().get("/v2/me").then().statusCode(200).body("data.organizationId", equalTo((int) orgId));

        TestUser admin = Organisations.user(orgId, "ADMIN", owner);
        TestUser member = Organisations.user(orgId, "MEMBER", admin);
        owner.call().get(users(orgId)).then().statusCode(200).body("data", hasSize(3))
                .body("data[0].id", equalTo((int) userId)).body("data[0].role", equalTo("OWNER"))
                .body("data[1].id", equalTo((int) admin.id())).body("data[1].role", equalTo("ADMIN"))
                .body("data[2].id", equalTo((int) member.id())).body("data[2].role", equalTo("MEMBER"))
                .body("pagination.totalItems", equalTo(3));
        admin.call().queryParam("limit", 1).queryParam("skip", 2).get(users(orgId)).then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].id", equalTo((int) member.id())).body("pagination.hasMore", equalTo(false));
        member.call().get("/v2/me").then().statusCode(200).body("data.organizationId", equalTo((int) orgId));
    }

    @Test
    void membersMayNotAddUsersAndAdminsAddOnlyMembers() {
        long orgId = Organisations.organisation();
        TestUser admin = Organisations.user(orgId, "ADMIN");
        TestUser member = Organisations.user(orgId, "MEMBER");

        member.call().body(Map.of("email", email(), "name", "X", "role", "MEMBER")).post(users(orgId)).then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
        member.call().get(users(orgId)).then().statusCode(403);
        admin.call().body(Map.of("email", email(), "name", "X", "role", "ADMIN")).post(users(orgId)).then().statusCode(403);
        admin.call().body(Map.of("email", email(), "name", "X", "role", "OWNER")).post(users(orgId)).then().statusCode(403);
        admin.call().body(Map.of("email", email(), "name", "X")).post(users(orgId)).then().statusCode(201)
                .body("data.role", equalTo("MEMBER"));
        Api.newUser().call().body(Map.of("email", email(), "name", "X")).post(users(orgId)).then().statusCode(404);
    }

    @Test
    void aUserBelongsToAtMostOneOrganizationSoExistingEmailsAreRefused() {
        long orgA = Organisations.organisation();
        long orgB = Organisations.organisation();
        TestUser inA = Organisations.user(orgA, "MEMBER");
        Api.admin().body(Map.of("email", inA.email(), "name", "Again")).post(users(orgB)).then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
        Api.admin().body(Map.of("email", inA.email().toUpperCase(), "name", "Again")).post(users(orgA)).then().statusCode(409);
        TestUser loner = Api.newUser();
        Api.admin().body(Map.of("email", loner.email(), "name", "Loner")).post(users(orgA)).then().statusCode(409);
        loner.call().get("/v2/me").then().statusCode(200).body("data.organizationId", equalTo(null));
    }

    @Test
    void validatesTheUserBody() {
        long orgId = Organisations.organisation();
        Api.admin().body(Map.of("email", "not-an-email", "name", "X")).post(users(orgId)).then().statusCode(422)
                .body("error.details[0].field", equalTo("email"));
        Api.admin().body(Map.of("email", email(), "name", "X", "role", "KING")).post(users(orgId)).then().statusCode(422)
                .body("error.details[0].field", equalTo("role"));
        Api.admin().body(Map.of("email", email(), "name", "X", "timeZone", "Mars/Olympus")).post(users(orgId)).then().statusCode(422)
                .body("error.details[0].field", equalTo("timeZone"));
    }
}
