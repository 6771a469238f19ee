package dev.kairos.platform.idempotency;

import static dev.kairos.testing.Api.admin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With Redis unreachable: requests pass without rate limits, idempotent ones get 503, readiness holds. */
@QuarkusTest
@TestProfile(RedisDownProfile.class)
class RedisDownTest {

    @Test
    void requestsFailOpenWithoutRateLimitHeaders() {
        admin().get("/v2/me").then().statusCode(200).header("X-RateLimit-Limit", nullValue());
    }

    @Test
    void aRequestWithAnIdempotencyKeyIsNotExecuted() {
        String email = "redis-down-" + UUID.randomUUID() + "@example.com";
        admin().header("Idempotency-Key", "k-" + UUID.randomUUID()).body(Map.of("email", email, "name", "Nope"))
                .post("/v2/users").then().statusCode(503).body("error.code", equalTo("SERVICE_UNAVAILABLE"));
        // Not executed: the same user can still be created (without a key, which needs no Redis).
        admin().body(Map.of("email", email, "name", "Yes")).post("/v2/users").then().statusCode(201);
    }

    @Test
    void readinessHoldsAndReportsRedisDown() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.data.redis", hasItem("DOWN"));
    }
}
