package dev.kairos.webhook;

import static dev.kairos.webhook.WebhookFixtures.body;
import static dev.kairos.webhook.WebhookFixtures.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A submitted routing form reaches the form owner's FORM_SUBMITTED subscribers through the outbox, signed. */
@QuarkusTest
class FormSubmittedWebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aSubmissionIsDeliveredWithTheAnswersAndTheRoute() throws Exception {
        TestUser owner = Api.newUser();
        String slug = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        long demo = Scheduling.eventType(owner, Map.of("slug", slug));
        long formId = owner.call().body(Map.of("name", "Contact us",
                "fields", List.of(
                        Map.of("id", "service", "label", "What service do you need?", "type", "select", "required", true,
                                "options", List.of(Map.of("id", "sales", "label", "Sales Demo"))),
                        Map.of("id", "note", "label", "Anything else?", "type", "text", "required", false)),
                "routes", List.of(Map.of("id", "to-sales", "conditions", Map.of("combinator", "and",
                        "rules", List.of(Map.of("fieldId", "service", "operator", "equals", "value", "sales"))),
                        "action", Map.of("type", "eventType", "eventTypeId", demo))),
                "fallbackAction", Map.of("type", "message", "message", "Thanks")))
                .post("/v2/routing-forms").then().statusCode(201).extract().jsonPath().getLong("data.id");
        try (Receiver receiver = new Receiver()) {
            String secret = "whsec_form-" + UUID.randomUUID();
            create(owner, body(receiver.url("/forms"), Map.of("secret", secret, "triggers", List.of("FORM_SUBMITTED"))));
            long responseId = Api.anonymous().body(Map.of("responses", Map.of("service", "sales")))
                    .post("/v2/routing-forms/" + formId + "/responses").then().statusCode(201)
                    .extract().jsonPath().getLong("data.responseId");

            Receiver.Received delivery = receiver.next(WAIT);
            StandardWebhooksVerifier.verify(delivery, secret);
            assertEquals(Signatures.calSignature(secret, delivery.body()), delivery.header("X-Cal-Signature-256"));
            JsonPath event = JsonPath.from(delivery.body());
            assertEquals("FORM_SUBMITTED", event.getString("triggerEvent"));
            assertEquals(formId, event.getLong("payload.formId"));
            assertEquals("Contact us", event.getString("payload.formName"));
            assertEquals(responseId, event.getLong("payload.responseId"));
            assertNull(event.get("payload.teamId"));
            assertEquals(Map.of("label", "What service do you need?", "value", "sales"), event.getMap("payload.responses.service"));
            assertEquals("Anything else?", event.getString("payload.responses.note.label"));
            assertNull(event.get("payload.responses.note.value"));
            assertEquals("eventType", event.getString("payload.routedTo.type"));
            assertEquals(demo, event.getLong("payload.routedTo.eventTypeId"));
            assertEquals(slug, event.getString("payload.routedTo.eventTypeSlug"));
            assertTrue(event.getString("payload.createdAt").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                    event.getString("payload.createdAt"));
            receiver.expectNothing(Duration.ofSeconds(1));
        }
    }
}
