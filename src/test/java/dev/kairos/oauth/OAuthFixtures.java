package dev.kairos.oauth;

import static io.restassured.RestAssured.given;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** OAuth clients and managed users through the real API; every organisation, client and email is fresh. */
final class OAuthFixtures {

    static final List<String> ALL = List.of("*");

    private OAuthFixtures() {
    }

    /** An organisation with an admin who holds an API key. */
    record Org(long id, TestUser admin) {

        static Org create() {
            long orgId = Organisations.organisation();
            return new Org(orgId, Organisations.user(orgId, "ADMIN"));
        }

        Client client(List<String> permissions) {
            JsonPath created = admin.call().body(Map.of("name", "Partner " + UUID.randomUUID().toString().substring(0, 8),
                    "redirectUris", List.of("https://partner.example.com/callback"), "permissions", permissions))
                    .post("/v2/oauth-clients").then().statusCode(201).extract().jsonPath();
            return new Client(created.getString("data.clientId"), created.getString("data.clientSecret"), this);
        }
    }

    /** An OAuth client with its secret. */
    record Client(String clientId, String secret, Org org) {

        /** A request authenticated by this client's headers. */
        RequestSpecification headers() {
            return given().contentType(ContentType.JSON).header("x-cal-client-id", clientId).header("x-cal-secret-key", secret);
        }

        ManagedUser managedUser() {
            JsonPath created = headers().body(Map.of("email", "managed-" + UUID.randomUUID() + "@example.com", "name", "Managed User",
                    "timeZone", "Europe/Berlin")).post("/v2/oauth-clients/" + clientId + "/users")
                    .then().statusCode(201).extract().jsonPath();
            return new ManagedUser(created.getLong("data.user.id"), created.getString("data.accessToken"),
                    created.getString("data.refreshToken"), this);
        }

        /** Spends a refresh token with this client's secret. */
        Response refresh(String refreshToken) {
            return given().contentType(ContentType.JSON).header("x-cal-secret-key", secret)
                    .body(Map.of("refreshToken", refreshToken)).post("/v2/oauth/" + clientId + "/refresh");
        }
    }

    /** A managed user with the tokens they were created with. */
    record ManagedUser(long id, String accessToken, String refreshToken, Client client) {

        RequestSpecification call() {
            return Api.as(accessToken);
        }
    }
}
