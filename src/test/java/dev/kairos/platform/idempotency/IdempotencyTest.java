package dev.kairos.platform.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kairos.platform.error.TestOnlyResource;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** API.md section 4: replay, mismatch, in flight, 5xx not stored, scoped to the caller. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    RedisDataSource redis;

    private static String newKey() {
        return "idem-" + UUID.randomUUID();
    }

    @Test
    void sameKeyAndRequestReplayTheFirstOutcomeExactly() {
        TestUser user = Api.newUser();
        String key = newKey();
        Map<String, Object> body = Map.of("name", "replayed");
        Response first = user.call().header("Idempotency-Key", key).body(body).post("/v2/api-keys");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response second = user.call().header("Idempotency-Key", key).body(body).post("/v2/api-keys");
        second.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.contentType(), second.contentType());
        // Replayed, not executed again: still one key besides the original.
        user.call().get("/v2/api-keys").then().body("data.size()", equalTo(2));
    }

    @Test
    void storedOutcomesHoldNoSecretInTheClear() {
        TestUser user = Api.newUser();
        String key = newKey();
        String created = user.call().header("Idempotency-Key", key).body(Map.of("name", "sealed")).post("/v2/api-keys")
                .then().statusCode(201).extract().jsonPath().getString("data.key");

        String stored = redis.execute("GET", IdempotencyFilter.redisKey("key:" + user.keyId(), key)).toString();
        assertFalse(stored.contains(created), "the new API key is in Redis in the clear: " + stored);
        String body = io.restassured.path.json.JsonPath.from(stored).getString("body");
        String decoded;
        try {
            decoded = new String(java.util.Base64.getDecoder().decode(body), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException sealed) {
            decoded = "";
        }
        assertFalse(decoded.contains(created), "the stored body is merely base64 of the response: " + decoded);
        user.call().header("Idempotency-Key", key).body(Map.of("name", "sealed")).post("/v2/api-keys")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("data.key", equalTo(created));
    }

    @Test
    void errorsBelow500AreReplayedToo() {
        TestUser user = Api.newUser();
        String key = newKey();
        Map<String, Object> body = Map.of("expiresAt", "2001-01-01T00:00:00Z");
        user.call().header("Idempotency-Key", key).body(body).post("/v2/api-keys").then().statusCode(422);
        user.call().header("Idempotency-Key", key).body(body).post("/v2/api-keys").then().statusCode(422)
                .header("Idempotent-Replayed", "true");
    }

    @Test
    void reusingAKeyForAnotherRequestIsRefused() {
        TestUser user = Api.newUser();
        String key = newKey();
        user.call().header("Idempotency-Key", key).body(Map.of("name", "a")).post("/v2/api-keys").then().statusCode(201);
        user.call().header("Idempotency-Key", key).body(Map.of("name", "b")).post("/v2/api-keys").then()
                .statusCode(422).body("error.code", equalTo("VALIDATION_ERROR"));
        user.call().header("Idempotency-Key", key).body(Map.of("name", "a")).patch("/v2/api-keys/" + user.keyId()).then()
                .statusCode(422).body("error.code", equalTo("VALIDATION_ERROR"));
    }

    @Test
    void aKeyStillInFlightIsAConflict() throws InterruptedException {
        TestUser user = Api.newUser();
        String key = newKey();
        CompletableFuture<Response> slow = CompletableFuture.supplyAsync(
                () -> user.call().header("Idempotency-Key", key).body(Map.of()).post("/v2/test-only/slow?millis=1500"));
        Thread.sleep(500);
        user.call().header("Idempotency-Key", key).body(Map.of()).post("/v2/test-only/slow?millis=1500").then()
                .statusCode(409).body("error.code", equalTo("CONFLICT"));
        slow.join().then().statusCode(201);
        user.call().header("Idempotency-Key", key).body(Map.of()).post("/v2/test-only/slow?millis=1500").then()
                .statusCode(201).header("Idempotent-Replayed", "true");
    }

    /** An instance that died mid-request leaves its in-flight marker behind; it expires on its own. */
    @Test
    void aDeadInstancesMarkerExpires() throws InterruptedException {
        TestUser user = Api.newUser();
        String key = newKey();
        redis.execute("SET", IdempotencyFilter.redisKey("key:" + user.keyId(), key),
                "{\"state\":\"in_flight\",\"fingerprint\":\"left-by-a-dead-instance\",\"token\":\"t\"}", "PX", "700");
        user.call().header("Idempotency-Key", key).body(Map.of("name", "after crash")).post("/v2/api-keys").then()
                .statusCode(422);
        Thread.sleep(800);
        user.call().header("Idempotency-Key", key).body(Map.of("name", "after crash")).post("/v2/api-keys").then()
                .statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void serverErrorsAreNotStored() {
        TestUser user = Api.newUser();
        String key = newKey();
        TestOnlyResource.failNext.set(true);
        user.call().header("Idempotency-Key", key).body(Map.of()).post("/v2/test-only/fail-then-succeed").then().statusCode(500);
        int executed = TestOnlyResource.executions.get();
        user.call().header("Idempotency-Key", key).body(Map.of()).post("/v2/test-only/fail-then-succeed").then()
                .statusCode(200).header("Idempotent-Replayed", nullValue())
                .body("data.execution", equalTo(executed + 1));
    }

    @Test
    void keysAreScopedToTheCaller() {
        TestUser alice = Api.newUser();
        TestUser bob = Api.newUser();
        String key = newKey();
        alice.call().header("Idempotency-Key", key).body(Map.of("name", "k")).post("/v2/api-keys").then().statusCode(201);
        bob.call().header("Idempotency-Key", key).body(Map.of("name", "k")).post("/v2/api-keys").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void keyLengthIsChecked() {
        TestUser user = Api.newUser();
        user.call().header("Idempotency-Key", "x".repeat(256)).body(Map.of()).post("/v2/api-keys").then()
                .statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
    }
}
