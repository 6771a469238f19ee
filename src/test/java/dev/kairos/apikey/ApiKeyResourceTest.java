package dev.kairos.apikey;

import static dev.kairos.testing.Api.admin;
import static dev.kairos.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyResourceTest {

    @Test
    void createShowsTheKeyOnceAndListNeverDoes() {
        TestUser user = Api.newUser();
        String expiresAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        var created = user.call().body(Map.of("name", "ci", "expiresAt", expiresAt)).post("/v2/api-keys").then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/v2/api-keys/\\d+"))
                .body("data.key", matchesPattern("cal_live_[0-9a-f]{32}"))
                .body("data.keyPrefix", equalTo("cal_live_"))
                .body("data.name", equalTo("ci"))
                .body("data.expiresAt", equalTo(expiresAt.replace("Z", ".000Z")))
                .extract().jsonPath();
        String key = created.getString("data.key");
        assertEquals(key.substring(key.length() - 4), created.getString("data.last4"));
        as(key).get("/v2/me").then().statusCode(200).body("data.id", equalTo((int) user.id()));
        user.call().get("/v2/api-keys").then().statusCode(200)
                .body("data.size()", equalTo(2))
                .body("data", everyItem(not(hasKey("key"))));
    }

    @Test
    void expiryInThePastIsAValidationError() {
        TestUser user = Api.newUser();
        user.call().body(Map.of("expiresAt", "2001-01-01T00:00:00Z")).post("/v2/api-keys").then()
                .statusCode(422).body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details[0].field", equalTo("expiresAt"));
    }

    @Test
    void onlyAdministratorsCreateKeysForOthers() {
        TestUser alice = Api.newUser();
        TestUser bob = Api.newUser();
        bob.call().body(Map.of("userId", alice.id())).post("/v2/api-keys").then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
        admin().body(Map.of("userId", 999_999_999)).post("/v2/api-keys").then().statusCode(422);
    }

    @Test
    void refreshReplacesTheCallingKey() {
        TestUser user = Api.newUser();
        String fresh = user.call().body(Map.of("apiKeyDaysValid", 10)).post("/v2/api-keys/refresh").then()
                .statusCode(200).body("status", equalTo("success"))
                .body("data.apiKey", matchesPattern("cal_live_[0-9a-f]{32}"))
                .extract().jsonPath().getString("data.apiKey");
        user.call().get("/v2/me").then().statusCode(401);
        as(fresh).get("/v2/me").then().statusCode(200).body("data.id", equalTo((int) user.id()));
        as(fresh).get("/v2/api-keys").then().statusCode(200)
                .body("data.find { it.revokedAt == null }.name", equalTo("test key"))
                .body("data.find { it.revokedAt == null }.expiresAt", notNullValue());
        String neverExpiring = as(fresh).body(Map.of("apiKeyNeverExpires", true)).post("/v2/api-keys/refresh").then()
                .statusCode(200).extract().jsonPath().getString("data.apiKey");
        as(neverExpiring).get("/v2/api-keys").then()
                .body("data.find { it.revokedAt == null }.expiresAt", nullValue());
    }

    @Test
    void rateLimitsAreChangedByAdministratorsOnly() {
        TestUser user = Api.newUser();
        Map<String, Object> limits = Map.of("rateLimits", Map.of("SLOTS", Map.of("perMinute", 5, "burst", 7)));
        user.call().body(limits).patch("/v2/api-keys/" + user.keyId()).then().statusCode(403);
        admin().body(limits).patch("/v2/api-keys/" + user.keyId()).then().statusCode(200)
                .body("data.rateLimits.SLOTS.perMinute", equalTo(5))
                .body("data.rateLimits.SLOTS.burst", equalTo(7));
        admin().body(Map.of("rateLimits", Map.of("NOPE", Map.of("perMinute", 5, "burst", 7))))
                .patch("/v2/api-keys/" + user.keyId()).then().statusCode(422);
        admin().body(Map.of("rateLimits", Map.of("SLOTS", Map.of("perMinute", 0, "burst", 7))))
                .patch("/v2/api-keys/" + user.keyId()).then().statusCode(422)
                .body("error.details[0].field", equalTo("rateLimits[SLOTS].perMinute"));
        user.call().body(Map.of("name", "renamed")).patch("/v2/api-keys/" + user.keyId()).then().statusCode(200)
                .body("data.name", equalTo("renamed"));
    }
}
