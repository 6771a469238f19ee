package dev.kairos.routing;

import static dev.kairos.routing.RoutingForms.create;
import static dev.kairos.routing.RoutingForms.field;
import static dev.kairos.routing.RoutingForms.form;
import static dev.kairos.routing.RoutingForms.route;
import static dev.kairos.routing.RoutingForms.rule;
import static dev.kairos.routing.RoutingForms.toEventType;
import static dev.kairos.routing.RoutingForms.usernameOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PRD 8.3, Routing Form Conditional Logic, as written: a form with the question "What service do
 * you need?", Option A "Sales Demo" routed to Event Type A and Option B "Technical Support" routed
 * to Event Type B; filling it with A leads to A's booking page, with B to B's.
 */
@QuarkusTest
class Prd83RoutingTest {

    @Test
    void routingFormDirectsToDifferentEventTypesBasedOnResponses() {
        // Setup
        TestUser host = Api.newUser();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long eventTypeA = Scheduling.eventType(host, Map.of("title", "Sales Demo", "slug", "sales-demo-" + suffix));
        long eventTypeB = Scheduling.eventType(host, Map.of("title", "Technical Support", "slug", "technical-support-" + suffix));
        Map<String, String> options = new LinkedHashMap<>();
        options.put("option-a", "Sales Demo");
        options.put("option-b", "Technical Support");
        long formId = create(host, form(
                List.of(field("service", "What service do you need?", "select", true, options)),
                List.of(route("option-a-to-event-type-a", toEventType(eventTypeA), rule("service", "equals", "option-a")),
                        route("option-b-to-event-type-b", toEventType(eventTypeB), rule("service", "equals", "option-b"))),
                Map.of("name", "PRD 8.3"))).getLong("id");
        String username = usernameOf(host);

        // 1. Fill form and select Option A; 2. verify redirected to Event Type A booking page
        JsonPath a = fill(formId, "option-a");
        assertEquals("eventType", a.getString("type"));
        assertEquals(eventTypeA, a.getLong("eventTypeId"));
        assertEquals("/" + username + "/sales-demo-" + suffix, a.getString("bookingPath"));

        // 3. Fill form and select Option B; 4. verify redirected to Event Type B booking page
        JsonPath b = fill(formId, "option-b");
        assertEquals("eventType", b.getString("type"));
        assertEquals(eventTypeB, b.getLong("eventTypeId"));
        assertEquals("/" + username + "/technical-support-" + suffix, b.getString("bookingPath"));

        // Pass criteria: the correct event type is shown: its booking page resolves to it
        assertEquals(eventTypeA, shownAt(username, "sales-demo-" + suffix));
        assertEquals(eventTypeB, shownAt(username, "technical-support-" + suffix));
    }

    /** Submits the form as a booker does (no API key) and returns routedTo. */
    private static JsonPath fill(long formId, String option) {
        return Api.anonymous().body(Map.of("responses", Map.of("service", option)))
                .post("/v2/routing-forms/" + formId + "/responses").then().statusCode(201)
                .extract().jsonPath().setRootPath("data.routedTo");
    }

    /** The event type a booking page {@code /{username}/{slug}} shows, through the public event type lookup. */
    private static long shownAt(String username, String slug) {
        return Api.anonymous().queryParam("username", username).queryParam("eventSlug", slug).get("/v2/event-types").then()
                .statusCode(200).extract().jsonPath().getLong("data[0].id");
    }
}
