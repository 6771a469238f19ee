package dev.kairos.oauth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.kairos.oauth.OAuthFixtures.Client;
import dev.kairos.oauth.OAuthFixtures.ManagedUser;
import dev.kairos.oauth.OAuthFixtures.Org;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /v2/oauth-clients/{clientId}/users}: authenticated by the client's headers, each client sees its own users. */
@QuarkusTest
class ManagedUserResourceTest {

    private static Map<String, Object> newUser() {
        return Map.of("email", "managed-" + UUID.randomUUID() + "@example.com", "name", "Ada", "timeZone", "Europe/London");
    }

    @Test
    void createsAMemberOfTheClientsOrganizationWithTokens() {
        Org org = Org.create();
        Client client = org.client(OAuthFixtures.ALL);
        long before = System.currentTimeMillis();
        var created = client.headers().body(newUser()).post("/v2/oauth-clients/" + client.clientId() + "/users").then()
                .statusCode(201)
                .body("status", equalTo("success"))
                .body("data.user.id", notNullValue())
                .body("data.user.email", containsString("@example.com"))
                .body("data.user.name", equalTo("Ada"))
                .body("data.user.timeZone", equalTo("Europe/London"))
                .body("data.user.organizationId", equalTo((int) org.id()))
                .body("data.accessToken", notNullValue())
                .body("data.refreshToken", notNullValue())
                .body("data.accessTokenExpiresAt", greaterThan(before + Duration.ofMinutes(59).toMillis()))
                .body("data.accessTokenExpiresAt", lessThan(System.currentTimeMillis() + Duration.ofMinutes(61).toMillis()))
                .extract().jsonPath();
        long userId = created.getLong("data.user.id");
        org.admin().call().get("/v2/organizations/" + org.id() + "/users").then().statusCode(200)
                .body("data.find { it.id == " + userId + " }.role", equalTo("MEMBER"));
        given().header("Authorization", "Bearer " + created.getString("data.accessToken")).get("/v2/me").then().statusCode(200)
                .body("data.id", equalTo((int) userId)).body("data.organizationId", equalTo((int) org.id()));
    }

    @Test
    void managedUsersCountAgainstTheOrganizationsMemberLimit() {
        Org org = Org.create();
        Client client = org.client(OAuthFixtures.ALL);
        // Starter allows 3 members: the admin and two managed users.
        dev.kairos.testing.Api.admin().body(Map.of("planType", "starter")).put("/v2/organizations/" + org.id() + "/subscription")
                .then().statusCode(200);
        client.managedUser();
        client.managedUser();

        client.headers().body(Map.of("email", "managed-" + UUID.randomUUID() + "@example.com", "name", "One Too Many",
                "timeZone", "Europe/Berlin")).post("/v2/oauth-clients/" + client.clientId() + "/users").then()
                .statusCode(403).body("error.code", equalTo("PLAN_LIMIT_EXCEEDED"))
                .body("error.message", containsString("starter plan allows 3 members"));
    }

    @Test
    void removingAManagedUserFromTheOrganizationEndsTheirTokens() {
        Org org = Org.create();
        Client client = org.client(OAuthFixtures.ALL);
        ManagedUser managed = client.managedUser();
        managed.call().get("/v2/me").then().statusCode(200);

        org.admin().call().delete("/v2/organizations/" + org.id() + "/users/" + managed.id()).then().statusCode(200);

        managed.call().get("/v2/me").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
        client.refresh(managed.refreshToken()).then().statusCode(401);
    }

    @Test
    void wrongOrMissingClientCredentialsAre401() {
        Client client = Org.create().client(OAuthFixtures.ALL);
        String path = "/v2/oauth-clients/" + client.clientId() + "/users";
        given().contentType(ContentType.JSON).body(newUser()).post(path).then().statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED")).body("error.message", containsString("x-cal-client-id"));
        given().contentType(ContentType.JSON).header("x-cal-client-id", client.clientId()).body(newUser()).post(path)
                .then().statusCode(401).body("error.message", containsString("x-cal-secret-key"));
        given().contentType(ContentType.JSON).header("x-cal-client-id", client.clientId()).header("x-cal-secret-key", "wrong")
                .body(newUser()).post(path).then().statusCode(401);
        given().contentType(ContentType.JSON).header("x-cal-client-id", "clunknown").header("x-cal-secret-key", client.secret())
                .body(newUser()).post(path).then().statusCode(401);
        given().contentType(ContentType.JSON).header("x-cal-client-id", client.clientId()).header("x-cal-secret-key", "wrong")
                .get(path).then().statusCode(401);
        // Credentials are checked before the body: a bad body with bad credentials is still a 401.
        given().contentType(ContentType.JSON).body("{}").post(path).then().statusCode(401);
        client.headers().body(Map.of("email", "not-an-email", "name", "X")).post(path).then().statusCode(422);
    }

    @Test
    void aClientListsOnlyItsOwnManagedUsers() {
        Org org = Org.create();
        Client first = org.client(OAuthFixtures.ALL);
        Client second = org.client(OAuthFixtures.ALL);
        ManagedUser a = first.managedUser();
        ManagedUser b = first.managedUser();
        ManagedUser c = second.managedUser();
        first.headers().get("/v2/oauth-clients/" + first.clientId() + "/users").then().statusCode(200)
                .body("data.id", equalTo(List.of((int) a.id(), (int) b.id())))
                .body("pagination.totalItems", equalTo(2));
        second.headers().get("/v2/oauth-clients/" + second.clientId() + "/users").then().statusCode(200)
                .body("data.id", equalTo(List.of((int) c.id())));
        // force-refresh works only for the client's own users.
        second.headers().post("/v2/oauth-clients/" + second.clientId() + "/users/" + a.id() + "/force-refresh").then().statusCode(404);
    }

    @Test
    void aTakenEmailIsAConflict() {
        Client client = Org.create().client(OAuthFixtures.ALL);
        Map<String, Object> user = newUser();
        client.headers().body(user).post("/v2/oauth-clients/" + client.clientId() + "/users").then().statusCode(201);
        client.headers().body(user).post("/v2/oauth-clients/" + client.clientId() + "/users").then().statusCode(409);
    }

    @Test
    void forceRefreshReplacesEveryTokenOfTheUser() {
        Client client = Org.create().client(OAuthFixtures.ALL);
        ManagedUser user = client.managedUser();
        user.call().get("/v2/me").then().statusCode(200);
        var fresh = client.headers().post("/v2/oauth-clients/" + client.clientId() + "/users/" + user.id() + "/force-refresh")
                .then().statusCode(200).body("data.accessToken", not(equalTo(user.accessToken()))).extract().jsonPath();
        user.call().get("/v2/me").then().statusCode(401).body("error.message", containsString("revoked"));
        client.refresh(user.refreshToken()).then().statusCode(401);
        given().header("Authorization", "Bearer " + fresh.getString("data.accessToken")).get("/v2/me").then().statusCode(200);
        client.refresh(fresh.getString("data.refreshToken")).then().statusCode(200);
        client.headers().get("/v2/oauth-clients/" + client.clientId() + "/users").then().body("data.id", hasItem((int) user.id()));
    }
}
