package dev.kairos.oauth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.kairos.oauth.OAuthFixtures.Client;
import dev.kairos.oauth.OAuthFixtures.Org;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /v2/oauth-clients}: an organisation's admins manage its clients; nothing crosses organisations. */
@QuarkusTest
class OAuthClientResourceTest {

    private static Map<String, Object> body(List<String> redirectUris, List<String> permissions) {
        return Map.of("name", "Immersio", "redirectUris", redirectUris, "permissions", permissions);
    }

    @Test
    void anAdminCreatesAClientWhoseSecretIsShownOnce() {
        Org org = Org.create();
        Response created = org.admin().call().body(body(List.of("https://app.example.com/cb"), List.of("BOOKING_READ", "PROFILE_READ")))
                .post("/v2/oauth-clients");
        created.then().statusCode(201)
                .header("Location", containsString("/v2/oauth-clients/"))
                .body("status", equalTo("success"))
                .body("data.clientId", matchesPattern("cl[0-9a-f]{24}"))
                .body("data.clientSecret", notNullValue())
                .body("data.name", equalTo("Immersio"))
                .body("data.redirectUris", equalTo(List.of("https://app.example.com/cb")))
                .body("data.permissions", equalTo(List.of("BOOKING_READ", "PROFILE_READ")))
                .body("data.organizationId", equalTo((int) org.id()))
                .body("data.createdAt", notNullValue());
        String clientId = created.jsonPath().getString("data.clientId");

        org.admin().call().get("/v2/oauth-clients/" + clientId).then().statusCode(200)
                .body("data.clientId", equalTo(clientId)).body("data", not(hasKey("clientSecret")));
        org.admin().call().get("/v2/oauth-clients").then().statusCode(200)
                .body("data.clientId", equalTo(List.of(clientId))).body("data[0]", not(hasKey("clientSecret")))
                .body("pagination.totalItems", equalTo(1));
    }

    @Test
    void invalidRedirectUrisAndPermissionsAreNamed() {
        Org org = Org.create();
        org.admin().call().body(body(List.of("/relative", "https://ok.example.com/cb", "ftp://x.example.com"), List.of("BOOKING_READ", "EAT_CAKE")))
                .post("/v2/oauth-clients").then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.field", equalTo(List.of("redirectUris[0]", "redirectUris[2]", "permissions[1]")))
                .body("error.details[2].message", containsString("EVENT_TYPE_READ"));
        org.admin().call().body(Map.of("redirectUris", List.of(), "permissions", List.of("*")))
                .post("/v2/oauth-clients").then().statusCode(422).body("error.details.field", hasItem(containsString("name")));
        org.admin().call().body("{\"name\":").post("/v2/oauth-clients").then().statusCode(400);
    }

    @Test
    void aUserWithoutAnOrganizationOrWithoutTheAdminRoleIsRefused() {
        TestUser loner = Api.newUser();
        loner.call().body(body(List.of(), List.of("*"))).post("/v2/oauth-clients").then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN")).body("error.message", containsString("belong to none"));
        loner.call().get("/v2/oauth-clients").then().statusCode(403);
        Org org = Org.create();
        TestUser member = Organisations.user(org.id(), "MEMBER");
        member.call().body(body(List.of(), List.of("*"))).post("/v2/oauth-clients").then().statusCode(403)
                .body("error.message", containsString("ADMIN"));
        Client client = org.client(List.of("*"));
        member.call().get("/v2/oauth-clients/" + client.clientId()).then().statusCode(403);
    }

    @Test
    void anotherOrganizationsClientsAreNotFound() {
        Org a = Org.create();
        Org b = Org.create();
        Client ofA = a.client(List.of("*"));
        Client ofB = b.client(List.of("*"));
        b.admin().call().get("/v2/oauth-clients/" + ofA.clientId()).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        b.admin().call().body(Map.of("name", "Taken")).patch("/v2/oauth-clients/" + ofA.clientId()).then().statusCode(404);
        b.admin().call().delete("/v2/oauth-clients/" + ofA.clientId()).then().statusCode(404);
        b.admin().call().get("/v2/oauth-clients").then().statusCode(200).body("data.clientId", equalTo(List.of(ofB.clientId())));
        a.admin().call().get("/v2/oauth-clients/" + ofA.clientId()).then().statusCode(200).body("data.name", not(equalTo("Taken")));
        // Nor can B's client reach A's managed users with its own secret.
        ofB.headers().header("x-cal-client-id", ofA.clientId()).get("/v2/oauth-clients/" + ofA.clientId() + "/users")
                .then().statusCode(401);
    }

    @Test
    void patchChangesTheFieldsSentAndDeleteRemovesTheClient() {
        Org org = Org.create();
        Client client = org.client(List.of("BOOKING_READ"));
        org.admin().call().body(Map.of("name", "Renamed", "permissions", List.of("BOOKING_READ", "BOOKING_WRITE")))
                .patch("/v2/oauth-clients/" + client.clientId()).then().statusCode(200)
                .body("data.name", equalTo("Renamed"))
                .body("data.permissions", hasItems("BOOKING_READ", "BOOKING_WRITE"))
                .body("data.redirectUris", equalTo(List.of("https://partner.example.com/callback")));
        org.admin().call().body(Map.of("redirectUris", List.of("not a url"))).patch("/v2/oauth-clients/" + client.clientId())
                .then().statusCode(422).body("error.details[0].field", equalTo("redirectUris[0]"));
        org.admin().call().delete("/v2/oauth-clients/" + client.clientId()).then().statusCode(200)
                .body("data.clientId", equalTo(client.clientId()));
        org.admin().call().get("/v2/oauth-clients/" + client.clientId()).then().statusCode(404);
        org.admin().call().get("/v2/oauth-clients").then().statusCode(200).body("data", hasSize(0));
    }
}
