package dev.kairos.platform.auth;

import static dev.kairos.testing.Api.admin;
import static dev.kairos.testing.Api.anonymous;
import static dev.kairos.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.apikey.ApiKeyValue;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** API.md section 2: every way a credential can be wrong is a 401 in the envelope. */
@QuarkusTest
class AuthenticationTest {

    @Inject
    AgroalDataSource dataSource;

    private static void unauthorized(io.restassured.specification.RequestSpecification request, String messagePart) {
        request.get("/v2/me").then().statusCode(401)
                .body("status", equalTo("error"))
                .body("error.code", equalTo("UNAUTHORIZED"))
                .body("error.message", containsString(messagePart));
    }

    @Test
    void missingCredentialsAreRefused() {
        unauthorized(anonymous(), "needs an API key");
    }

    @Test
    void malformedAuthorizationHeaderIsRefused() {
        unauthorized(anonymous().header("Authorization", Api.ADMIN_KEY), "Malformed");
        unauthorized(anonymous().header("Authorization", "Basic dXNlcjpwYXNz"), "Malformed");
        unauthorized(anonymous().header("Authorization", "Bearer not-a-key"), "Invalid credentials");
    }

    @Test
    void unknownKeyIsRefused() {
        unauthorized(as(ApiKeyValue.generate().plaintext()), "Unknown API key");
    }

    @Test
    void expiredKeyIsRefused() throws SQLException {
        TestUser user = Api.newUser();
        user.call().get("/v2/me").then().statusCode(200);
        execute("UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = ?", user.keyId());
        unauthorized(user.call(), "expired");
    }

    @Test
    void revokedKeyIsRefusedOnTheNextRequest() {
        TestUser user = Api.newUser();
        TestUser second = user.withNewKey();
        second.call().delete("/v2/api-keys/" + user.keyId()).then().statusCode(200)
                .body("data.revokedAt", org.hamcrest.Matchers.notNullValue());
        unauthorized(user.call(), "revoked");
        second.call().get("/v2/me").then().statusCode(200);
    }

    @Test
    void aNewUserCanUseTheKeyTheAdministratorMadeForThem() {
        TestUser user = Api.newUser();
        user.call().get("/v2/me").then().statusCode(200)
                .body("data.id", equalTo((int) user.id()))
                .body("data.email", equalTo(user.email()));
    }

    @Test
    void onlyTheSha256OfAKeyIsStored() throws SQLException {
        TestUser user = Api.newUser();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT key_hash, last4, key_prefix FROM api_keys WHERE id = ?")) {
            statement.setLong(1, user.keyId());
            var rs = statement.executeQuery();
            rs.next();
            assertEquals(ApiKeyValue.hash(user.key()), rs.getString(1));
            assertEquals(user.key().substring(user.key().length() - 4), rs.getString(2));
            assertEquals("cal_live_", rs.getString(3));
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM api_keys k WHERE k::text LIKE '%' || ? || '%'")) {
            statement.setString(1, user.key().substring("cal_live_".length()));
            var rs = statement.executeQuery();
            rs.next();
            assertEquals(0, rs.getLong(1), "the key's secret part must not be stored anywhere in api_keys");
        }
    }

    @Test
    void adminOnlyOperationsAreForbiddenToOthers() {
        TestUser user = Api.newUser();
        user.call().body(java.util.Map.of("email", "x-" + System.nanoTime() + "@example.com", "name", "X"))
                .post("/v2/users").then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
    }

    @Test
    void anotherUsersResourcesAreNotFound() {
        TestUser alice = Api.newUser();
        TestUser bob = Api.newUser();
        bob.call().get("/v2/users/" + alice.id()).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        bob.call().delete("/v2/api-keys/" + alice.keyId()).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        bob.call().body("{\"name\":\"mine now\"}").patch("/v2/api-keys/" + alice.keyId()).then().statusCode(404);
        alice.call().get("/v2/me").then().statusCode(200);
        bob.call().get("/v2/users/" + bob.id()).then().statusCode(200).body("data.email", equalTo(bob.email()));
        admin().get("/v2/users/" + alice.id()).then().statusCode(200).body("data.email", equalTo(alice.email()));
    }

    private void execute(String sql, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            assertEquals(1, statement.executeUpdate());
        }
    }
}
