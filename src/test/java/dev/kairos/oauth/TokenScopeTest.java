package dev.kairos.oauth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.oauth.OAuthFixtures.Client;
import dev.kairos.oauth.OAuthFixtures.ManagedUser;
import dev.kairos.oauth.OAuthFixtures.Org;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rate limits and idempotency keys of token callers are counted per token subject (client and
 * user), not per IP: every test request comes from the same address.
 */
@QuarkusTest
class TokenScopeTest {

    private static long remaining(ManagedUser user, String path) {
        return Long.parseLong(user.call().get(path).then().statusCode(200).extract().header("X-RateLimit-Remaining"));
    }

    @Test
    void eachManagedUserHasItsOwnRateLimitBudget() {
        Client client = Org.create().client(OAuthFixtures.ALL);
        ManagedUser first = client.managedUser();
        ManagedUser second = client.managedUser();
        long eventTypeId = first.call().body(Map.of("title", "Lesson", "slug", "lesson-" + UUID.randomUUID().toString().substring(0, 8),
                "lengthInMinutes", 30)).post("/v2/event-types").then().statusCode(201).extract().jsonPath().getLong("data.id");
        // SLOTS allows a burst of 500 at 300 a minute: ten quick requests leave a visible dent.
        String slots = "/v2/slots?eventTypeId=" + eventTypeId + "&start=2050-01-03&end=2050-01-04";
        long firstRemaining = 0;
        for (int i = 0; i < 10; i++) {
            firstRemaining = remaining(first, slots);
        }
        assertTrue(firstRemaining <= 495, "the first user spent their own budget: " + firstRemaining);
        assertEquals(499, remaining(second, slots), "a second user of the same client, from the same address, starts full");
    }

    @Test
    void idempotencyKeysAreScopedToTheToken() {
        Client client = Org.create().client(OAuthFixtures.ALL);
        ManagedUser first = client.managedUser();
        ManagedUser second = client.managedUser();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Same", "timeZone", "UTC", "isDefault", false);
        int id = first.call().header("Idempotency-Key", key).body(body).post("/v2/schedules").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().jsonPath().getInt("data.id");
        first.call().header("Idempotency-Key", key).body(body).post("/v2/schedules").then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("data.id", equalTo(id));
        second.call().header("Idempotency-Key", key).body(body).post("/v2/schedules").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).body("data.id", not(equalTo(id)));
    }
}
