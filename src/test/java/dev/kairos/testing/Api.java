package dev.kairos.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the actors of a test through the real API: the bootstrap administrator (its key is set
 * in the test profile) and fresh users with their own keys, each with unique emails so tests never
 * collide.
 */
public final class Api {

    /** The {@code %test} profile's KAIROS_BOOTSTRAP_API_KEY. */
    public static final String ADMIN_KEY = "cal_live_00000000000000000000000000000a11";

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String apiKey) {
        return anonymous().header("Authorization", "Bearer " + apiKey);
    }

    public static RequestSpecification admin() {
        return as(ADMIN_KEY);
    }

    /** A new user with one API key, created by the administrator. */
    public static TestUser newUser() {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        long userId = admin().body(Map.of("email", email, "name", "Test User"))
                .post("/v2/users").then().statusCode(201).extract().jsonPath().getLong("data.id");
        var key = admin().body(Map.of("userId", userId, "name", "test key"))
                .post("/v2/api-keys").then().statusCode(201).extract().jsonPath();
        return new TestUser(userId, email, key.getString("data.key"), key.getLong("data.id"));
    }

    /** A user of the API with the key that authenticates them. */
    public record TestUser(long id, String email, String key, long keyId) {

        public RequestSpecification call() {
            return as(key);
        }

        /** Another key of the same user. */
        public TestUser withNewKey() {
            var created = call().body(Map.of("name", "another")).post("/v2/api-keys").then().statusCode(201).extract().jsonPath();
            return new TestUser(id, email, created.getString("data.key"), created.getLong("data.id"));
        }
    }
}
