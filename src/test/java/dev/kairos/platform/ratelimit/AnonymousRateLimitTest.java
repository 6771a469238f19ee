package dev.kairos.platform.ratelimit;

import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * Callers without a valid key are counted by address, and so are failed attempts: guessing keys
 * runs into 429 like any other traffic. Also shows that the environment's limits apply.
 */
@QuarkusTest
@TestProfile(TightAnonymousLimitsProfile.class)
class AnonymousRateLimitTest {

    @Test
    void failedAttemptsSpendTheAddressBudget() {
        for (int remaining = 4; remaining >= 0; remaining--) {
            anonymous().header("Authorization", "Bearer cal_live_ffffffffffffffffffffffffffffffff").get("/v2/me").then()
                    .statusCode(401)
                    .header("X-RateLimit-Limit", "5")
                    .header("X-RateLimit-Remaining", Integer.toString(remaining));
        }
        // One request a minute comes back: within a minute of the first (slow machines take seconds here).
        anonymous().get("/v2/me").then().statusCode(429).body("error.code", equalTo("RATE_LIMIT_EXCEEDED"))
                .header("Retry-After", matchesPattern("[1-5][0-9]|60"));
    }
}
