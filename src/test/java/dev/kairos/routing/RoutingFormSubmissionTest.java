package dev.kairos.routing;

import static dev.kairos.routing.RoutingForms.create;
import static dev.kairos.routing.RoutingForms.field;
import static dev.kairos.routing.RoutingForms.form;
import static dev.kairos.routing.RoutingForms.route;
import static dev.kairos.routing.RoutingForms.rule;
import static dev.kairos.routing.RoutingForms.salesForm;
import static dev.kairos.routing.RoutingForms.toEventType;
import static dev.kairos.routing.RoutingForms.url;
import static dev.kairos.routing.RoutingForms.usernameOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Submitting a form: public, checked per field, routed, stored and listed for the owner. */
@QuarkusTest
class RoutingFormSubmissionTest {

    private static io.restassured.response.ValidatableResponse submit(long formId, Map<String, Object> responses) {
        return Api.anonymous().body(Map.of("responses", responses)).post("/v2/routing-forms/" + formId + "/responses").then();
    }

    @Test
    void anyoneMaySubmitWithoutAKeyAndIsRouted() {
        TestUser owner = Api.newUser();
        String slug = "demo-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long demo = Scheduling.eventType(owner, Map.of("slug", slug));
        long id = create(owner, salesForm(demo)).getLong("id");
        submit(id, Map.of("service", "sales")).statusCode(201)
                .body("status", equalTo("success"))
                .body("data.responseId", notNullValue())
                .body("data.routedTo.type", equalTo("eventType"))
                .body("data.routedTo.eventTypeId", equalTo((int) demo))
                .body("data.routedTo.eventTypeSlug", equalTo(slug))
                .body("data.routedTo.bookingPath", equalTo("/" + usernameOf(owner) + "/" + slug))
                .body("data.routedTo.url", nullValue());
        submit(id, Map.of("service", "support")).statusCode(201)
                .body("data.routedTo", equalTo(Map.of("type", "message", "message", "Thanks, we will get back to you")));
    }

    @Test
    void answersAreCheckedPerField() {
        TestUser owner = Api.newUser();
        long id = create(owner, form(List.of(field("email", "Email", "email", true, Map.of()),
                field("phone", "Phone", "phone", false, Map.of()), field("seats", "Seats", "number", false, Map.of()),
                field("topics", "Topics", "multiselect", false, Map.of("api", "API", "billing", "Billing"))), List.of(), Map.of()))
                .getLong("id");
        submit(id, Map.of("phone", "12345", "seats", "many", "topics", List.of("api", "legal"), "extra", "x")).statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.field", contains("responses.extra", "responses.email", "responses.phone", "responses.seats",
                        "responses.topics"))
                .body("error.details[1].message", containsString("is required"));
        submit(id, Map.of("email", "jane@example.com", "phone", "+44 7700 900123", "seats", "12", "topics", List.of("api")))
                .statusCode(201);
        Api.anonymous().body(Map.of()).post("/v2/routing-forms/" + id + "/responses").then().statusCode(422)
                .body("error.details.field", contains("responses"));
        submit(987_654_321L, Map.of()).statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void theOwnerListsStoredResponsesWithTheirRoutes() {
        TestUser owner = Api.newUser();
        long demo = Scheduling.eventType(owner, Map.of());
        long id = create(owner, salesForm(demo)).getLong("id");
        long first = submit(id, Map.of("service", "sales")).statusCode(201).extract().jsonPath().getLong("data.responseId");
        submit(id, Map.of("service", "support")).statusCode(201);
        submit(id, Map.of("service", "sales")).statusCode(201);
        owner.call().queryParam("limit", 2).get("/v2/routing-forms/" + id + "/responses").then().statusCode(200)
                .body("data", hasSize(2))
                .body("data[0].id", equalTo((int) first))
                .body("data[0].formId", equalTo((int) id))
                .body("data[0].responses", equalTo(Map.of("service", "sales")))
                .body("data[0].routedTo.eventTypeId", equalTo((int) demo))
                .body("data[0].bookingUid", nullValue())
                .body("data[0].createdAt", notNullValue())
                .body("data[1].routedTo.type", equalTo("message"))
                .body("pagination.totalItems", equalTo(3)).body("pagination.hasMore", equalTo(true));
    }

    @Test
    void aDeletedEventTypeSendsBookersToTheFallback() {
        TestUser owner = Api.newUser();
        long gone = Scheduling.eventType(owner, Map.of());
        long id = create(owner, form(List.of(field("service", "Service", "select", true, Map.of("sales", "Sales"))),
                List.of(route("to-gone", toEventType(gone), rule("service", "equals", "sales"))),
                Map.of("fallbackAction", url("https://example.com/contact")))).getLong("id");
        owner.call().delete("/v2/event-types/" + gone).then().statusCode(200);
        submit(id, Map.of("service", "sales")).statusCode(201)
                .body("data.routedTo", equalTo(Map.of("type", "externalUrl", "url", "https://example.com/contact")));

        long alsoGone = Scheduling.eventType(owner, Map.of());
        long bothGone = create(owner, form(List.of(), List.of(), Map.of("fallbackAction", toEventType(alsoGone)))).getLong("id");
        owner.call().delete("/v2/event-types/" + alsoGone).then().statusCode(200);
        submit(bothGone, Map.of()).statusCode(201)
                .body("data.routedTo.type", equalTo("message"))
                .body("data.routedTo.message", containsString("route is unavailable"));
    }
}
