package dev.kairos.platform.ratelimit;

import static dev.kairos.testing.Api.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** API.md section 4: per-key budgets in Redis, the headers on every response, 429 with Retry-After. */
@QuarkusTest
class RateLimitTest {

    private static void limit(TestUser user, String routeClass, int perMinute, int burst) {
        admin().body(Map.of("rateLimits", Map.of(routeClass, Map.of("perMinute", perMinute, "burst", burst))))
                .patch("/v2/api-keys/" + user.keyId()).then().statusCode(200);
    }

    @Test
    void aBudgetIsSpentThenRefusedThenRefilled() throws InterruptedException {
        TestUser user = Api.newUser();
        limit(user, "DEFAULT", 60, 3);
        for (int remaining = 2; remaining >= 0; remaining--) {
            user.call().get("/v2/me").then().statusCode(200)
                    .header("X-RateLimit-Limit", "3")
                    .header("X-RateLimit-Remaining", Integer.toString(remaining))
                    .header("X-RateLimit-Reset", notNullValue());
        }
        Response refused = user.call().get("/v2/me");
        refused.then().statusCode(429)
                .body("error.code", equalTo("RATE_LIMIT_EXCEEDED"))
                .header("Retry-After", "1")
                .header("X-RateLimit-Remaining", "0");
        long reset = Long.parseLong(refused.header("X-RateLimit-Reset"));
        long now = System.currentTimeMillis() / 1000;
        assertTrue(reset >= now && reset <= now + 4, "reset " + reset + " should be within the 3 s refill of " + now);
        // One request per second comes back (60 per minute).
        Thread.sleep(1_100);
        user.call().get("/v2/me").then().statusCode(200).header("X-RateLimit-Remaining", "0");
        user.call().get("/v2/me").then().statusCode(429);
    }

    @Test
    void budgetsArePerKeyAndPerRouteClass() {
        TestUser user = Api.newUser();
        TestUser sameUserOtherKey = user.withNewKey();
        limit(user, "DEFAULT", 60, 1);
        user.call().get("/v2/me").then().statusCode(200);
        user.call().get("/v2/me").then().statusCode(429);
        sameUserOtherKey.call().get("/v2/me").then().statusCode(200);
    }

    @Test
    void concurrentRequestsNeverExceedTheBurst() throws Exception {
        TestUser user = Api.newUser();
        limit(user, "DEFAULT", 1, 5);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(() -> user.call().get("/v2/me").statusCode());
            }
            int ok = 0;
            int limited = 0;
            for (Future<Integer> result : pool.invokeAll(calls)) {
                int status = result.get();
                ok += status == 200 ? 1 : 0;
                limited += status == 429 ? 1 : 0;
            }
            assertEquals(5, ok);
            assertEquals(35, limited);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void routeClassesFollowTheContract() {
        assertEquals(RouteClass.BOOKINGS_CREATE, RouteClass.of("POST", "/v2/bookings"));
        assertEquals(RouteClass.BOOKINGS_GET, RouteClass.of("GET", "/v2/bookings/abc"));
        assertEquals(RouteClass.DEFAULT, RouteClass.of("GET", "/v2/bookings"));
        assertEquals(RouteClass.DEFAULT, RouteClass.of("POST", "/v2/bookings/abc/cancel"));
        assertEquals(RouteClass.SLOTS, RouteClass.of("GET", "/v2/slots"));
        assertEquals(RouteClass.SLOTS, RouteClass.of("GET", "/v2/slots/available"));
        assertEquals(RouteClass.DEFAULT, RouteClass.of("POST", "/v2/slots/reservations"));
        assertEquals(RouteClass.WEBHOOKS_CREATE, RouteClass.of("POST", "/v2/webhooks"));
        assertEquals(RouteClass.DEFAULT, RouteClass.of("GET", "/v2/webhooks"));
        assertEquals(RouteClass.WEBHOOKS_CREATE, RouteClass.of("POST", "/v2/event-types/42/webhooks"));
        assertEquals(RouteClass.DEFAULT, RouteClass.of("GET", "/v2/event-types/42/webhooks"));
        assertEquals(RouteClass.DEFAULT, RouteClass.of("POST", "/v2/event-types/42/other/webhooks"));
    }
}
