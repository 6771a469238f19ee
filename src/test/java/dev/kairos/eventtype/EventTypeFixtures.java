package dev.kairos.eventtype;

import dev.kairos.testing.Api.TestUser;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Builds event types through the API for tests: a unique slug each time, any field overridable. */
final class EventTypeFixtures {

    private EventTypeFixtures() {
    }

    static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A minimal valid body: title, a unique slug and 30 minutes, with {@code overrides} on top. */
    static Map<String, Object> body(Map<String, ?> overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Intro call");
        body.put("slug", uniqueSlug("intro"));
        body.put("lengthInMinutes", 30);
        body.putAll(overrides);
        return body;
    }

    static long create(TestUser user, Map<String, ?> overrides) {
        return user.call().body(body(overrides)).post("/v2/event-types").then().statusCode(201)
                .extract().jsonPath().getLong("data.id");
    }

    static String usernameOf(TestUser user) {
        return user.call().get("/v2/me").then().statusCode(200).extract().jsonPath().getString("data.username");
    }
}
