package dev.kairos.webhook;

import dev.kairos.testing.Api.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds webhooks and event types through the API for the webhook tests. */
final class WebhookFixtures {

    private WebhookFixtures() {
    }

    /** A valid body for {@code url}: active, BOOKING_CREATED, with {@code overrides} on top. */
    static Map<String, Object> body(String url, Map<String, ?> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("subscriberUrl", url);
        body.put("active", true);
        body.put("triggers", List.of("BOOKING_CREATED"));
        body.putAll(overrides);
        return body;
    }

    static String uniqueUrl() {
        // The test profile allows private targets; nothing listens on port 9 (discard).
        return "http://127.0.0.1:9/cal/" + UUID.randomUUID();
    }

    /** Creates a user webhook and returns the 201 body's data. */
    static JsonPath create(TestUser user, Map<String, Object> body) {
        return user.call().body(body).post("/v2/webhooks").then().statusCode(201).extract().jsonPath().setRootPath("data");
    }

    static long eventType(TestUser user) {
        Map<String, Object> body = Map.of("title", "Webhook test", "slug", "wh-" + UUID.randomUUID().toString().substring(0, 8),
                "lengthInMinutes", 30);
        return user.call().body(body).post("/v2/event-types").then().statusCode(201).extract().jsonPath().getLong("data.id");
    }
}
