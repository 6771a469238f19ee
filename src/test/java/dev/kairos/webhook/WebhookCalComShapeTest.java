package dev.kairos.webhook;

import static dev.kairos.webhook.WebhookFixtures.body;
import static dev.kairos.webhook.WebhookFixtures.uniqueUrl;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Webhook responses carry every field Cal.com's schemas (../shared/calcom-openapi) require. */
@QuarkusTest
class WebhookCalComShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode schemas;

    @BeforeAll
    static void readCalComSchemas() throws IOException {
        schemas = JSON.readTree(Path.of("..", "shared", "calcom-openapi", "openapi-core.json").toFile()).path("components").path("schemas");
    }

    @Test
    void userWebhooksHaveEveryRequiredField() throws IOException {
        TestUser user = Api.newUser();
        JsonNode created = JSON.readTree(user.call().body(body(uniqueUrl(), Map.of())).post("/v2/webhooks").then().statusCode(201)
                .extract().asString());
        assertRequired("UserWebhookOutputResponseDto", created);
        assertRequired("UserWebhookOutputDto", created.path("data"));
        JsonNode listed = JSON.readTree(user.call().get("/v2/webhooks").then().statusCode(200).extract().asString());
        assertRequired("UserWebhooksOutputResponseDto", listed);
        assertRequired("UserWebhookOutputDto", listed.path("data").path(0));
    }

    @Test
    void eventTypeWebhooksHaveEveryRequiredField() throws IOException {
        TestUser user = Api.newUser();
        long eventTypeId = WebhookFixtures.eventType(user);
        String base = "/v2/event-types/" + eventTypeId + "/webhooks";
        JsonNode created = JSON.readTree(user.call().body(body(uniqueUrl(), Map.of())).post(base).then().statusCode(201)
                .extract().asString());
        assertRequired("EventTypeWebhookOutputResponseDto", created);
        assertRequired("EventTypeWebhookOutputDto", created.path("data"));
        JsonNode listed = JSON.readTree(user.call().get(base).then().statusCode(200).extract().asString());
        assertRequired("EventTypeWebhooksOutputResponseDto", listed);
        assertRequired("EventTypeWebhookOutputDto", listed.path("data").path(0));
    }

    private static void assertRequired(String schema, JsonNode value) {
        assertTrue(value.isObject(), schema + " is not an object: " + value);
        for (JsonNode field : schemas.path(schema).path("required")) {
            assertTrue(value.has(field.asText()), schema + " requires " + field.asText() + ": " + value);
        }
    }
}
