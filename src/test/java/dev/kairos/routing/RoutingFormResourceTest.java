package dev.kairos.routing;

import static dev.kairos.routing.RoutingForms.create;
import static dev.kairos.routing.RoutingForms.field;
import static dev.kairos.routing.RoutingForms.form;
import static dev.kairos.routing.RoutingForms.message;
import static dev.kairos.routing.RoutingForms.route;
import static dev.kairos.routing.RoutingForms.rule;
import static dev.kairos.routing.RoutingForms.salesForm;
import static dev.kairos.routing.RoutingForms.toEventType;
import static dev.kairos.routing.RoutingForms.url;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The routing forms API of a user: CRUD, ownership and the checks a saved form must pass. */
@QuarkusTest
class RoutingFormResourceTest {

    @Test
    void createsReadsListsUpdatesAndDeletesAForm() {
        TestUser owner = Api.newUser();
        long demo = Scheduling.eventType(owner, Map.of());
        var created = create(owner, salesForm(demo));
        long id = created.getLong("id");
        assertEquals(owner.id(), created.getLong("userId"));
        assertEquals("select", created.getString("fields[0].type"));
        assertEquals(List.of("sales", "support"), created.getList("fields[0].options.id"));
        assertEquals("equals", created.getString("routes[0].conditions.rules[0].operator"));
        assertEquals("and", created.getString("routes[0].conditions.combinator"));
        assertEquals(demo, created.getLong("routes[0].action.eventTypeId"));

        owner.call().get("/v2/routing-forms/" + id).then().statusCode(200)
                .body("data.name", equalTo("Contact us")).body("data.teamId", nullValue())
                .body("data.fallbackAction.type", equalTo("message"))
                .body("data.fallbackAction.eventTypeId", nullValue());
        owner.call().get("/v2/routing-forms").then().statusCode(200)
                .body("data.id", contains((int) id)).body("pagination.totalItems", equalTo(1));

        owner.call().body(Map.of("name", "Talk to us", "fallbackAction", url("https://example.com/contact")))
                .patch("/v2/routing-forms/" + id).then().statusCode(200)
                .body("data.name", equalTo("Talk to us"))
                .body("data.fallbackAction.url", equalTo("https://example.com/contact"))
                .body("data.routes", hasSize(1)).body("data.fields[0].id", equalTo("service"));

        owner.call().delete("/v2/routing-forms/" + id).then().statusCode(200).body("data.name", equalTo("Talk to us"));
        owner.call().get("/v2/routing-forms/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void anotherUsersFormDoesNotExistForYou() {
        TestUser owner = Api.newUser();
        TestUser stranger = Api.newUser();
        long id = create(owner, salesForm(Scheduling.eventType(owner, Map.of()))).getLong("id");
        stranger.call().get("/v2/routing-forms/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        stranger.call().body(Map.of("name", "mine now")).patch("/v2/routing-forms/" + id).then().statusCode(404);
        stranger.call().delete("/v2/routing-forms/" + id).then().statusCode(404);
        stranger.call().get("/v2/routing-forms/" + id + "/responses").then().statusCode(404);
        stranger.call().get("/v2/routing-forms").then().statusCode(200).body("data", hasSize(0));
        owner.call().get("/v2/routing-forms/" + id).then().statusCode(200);
    }

    @Test
    void everythingButSubmittingNeedsAKey() {
        TestUser owner = Api.newUser();
        long id = create(owner, salesForm(Scheduling.eventType(owner, Map.of()))).getLong("id");
        Api.anonymous().get("/v2/routing-forms/" + id).then().statusCode(401);
        Api.anonymous().get("/v2/routing-forms").then().statusCode(401);
        Api.anonymous().get("/v2/routing-forms/" + id + "/responses").then().statusCode(401);
        Api.anonymous().body(salesForm(1)).post("/v2/routing-forms").then().statusCode(401);
        Api.anonymous().delete("/v2/routing-forms/" + id).then().statusCode(401);
    }

    @Test
    void aFormCannotRouteToAnotherUsersEventType() {
        TestUser owner = Api.newUser();
        long theirs = Scheduling.eventType(Api.newUser(), Map.of());
        owner.call().body(salesForm(theirs)).post("/v2/routing-forms").then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.field", contains("routes[0].action.eventTypeId"))
                .body("error.details[0].message", containsString("a personal form routes to its owner's event types"));
    }

    @Test
    void reportsEveryProblemOfAFormWithItsPath() {
        TestUser owner = Api.newUser();
        Map<String, Object> body = form(
                List.of(field("service", "Service", "select", true, Map.of()), field("seats", "Seats", "number", false, Map.of()),
                        field("seats", "Again", "text", false, Map.of())),
                List.of(route("r", message("hi"), rule("seats", "contains", "1")),
                        route("r", url("javascript:alert(1)"), rule("nope", "equals", "x"))),
                Map.of());
        owner.call().body(body).post("/v2/routing-forms").then().statusCode(422)
                .body("error.details.field", contains("fields[0].options", "routes[1].action.url"));
        Map<String, Object> fixedShape = form(
                List.of(field("service", "Service", "select", true, Map.of("a", "A")), field("seats", "Seats", "number", false, Map.of()),
                        field("seats", "Again", "text", false, Map.of())),
                List.of(route("r", message("hi"), rule("seats", "contains", "1")), route("r", message("x"), rule("nope", "equals", "x"))),
                Map.of());
        owner.call().body(fixedShape).post("/v2/routing-forms").then().statusCode(422)
                .body("error.details.field", contains("fields[2].id", "routes[1].id", "routes[0].conditions.rules[0].operator",
                        "routes[1].conditions.rules[0].fieldId"))
                .body("error.details[2].message", containsString("use one of equals, not_equals, greater_than, less_than"));
    }

    @Test
    void shapeErrorsNameTheFieldAndLimitsAreEnforced() {
        TestUser owner = Api.newUser();
        Map<String, Object> noLabel = form(List.of(Map.of("id", "a", "type", "text")), List.of(), Map.of());
        owner.call().body(noLabel).post("/v2/routing-forms").then().statusCode(422)
                .body("error.details.field", contains("fields[0].label"));
        Map<String, Object> noFallback = form(List.of(), List.of(), Map.of());
        noFallback.remove("fallbackAction");
        owner.call().body(noFallback).post("/v2/routing-forms").then().statusCode(422)
                .body("error.details.field", contains("fallbackAction"));
        List<Map<String, Object>> tooMany = java.util.stream.IntStream.range(0, 101)
                .mapToObj(i -> field("f" + i, "Q", "text", false, Map.of())).toList();
        owner.call().body(form(tooMany, List.of(), Map.of())).post("/v2/routing-forms").then().statusCode(422)
                .body("error.details.field", contains("fields"));
    }

    @Test
    void patchChecksTheWholeFormAgain() {
        TestUser owner = Api.newUser();
        long id = create(owner, salesForm(Scheduling.eventType(owner, Map.of()))).getLong("id");
        owner.call().body(Map.of("fields", List.of(field("topic", "Topic", "text", true, Map.of()))))
                .patch("/v2/routing-forms/" + id).then().statusCode(422)
                .body("error.details.field", contains("routes[0].conditions.rules[0].fieldId"));
        owner.call().body(Map.of("fields", List.of(field("service", "Service", "select", true, Map.of("support", "Support")))))
                .patch("/v2/routing-forms/" + id).then().statusCode(422)
                .body("error.details.field", contains("routes[0].conditions.rules[0].value"));
        owner.call().body(Map.of("routes", List.of(), "fields", List.of(field("topic", "Topic", "text", true, Map.of()))))
                .patch("/v2/routing-forms/" + id).then().statusCode(200)
                .body("data.routes", hasSize(0)).body("data.fields.id", contains("topic"));
    }

    @Test
    void aTeamFormForATeamYouAreNotInIsRefused() {
        TestUser owner = Api.newUser();
        Map<String, Object> body = form(List.of(), List.of(), Map.of("teamId", 987_654_321L));
        owner.call().body(body).post("/v2/routing-forms").then().statusCode(404);
        owner.call().queryParam("teamId", 987_654_321L).get("/v2/routing-forms").then().statusCode(404);
        owner.call().queryParam("teamId", "abc").get("/v2/routing-forms").then().statusCode(400);
    }
}
