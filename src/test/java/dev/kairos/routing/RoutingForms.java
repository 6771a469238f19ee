package dev.kairos.routing;

import dev.kairos.testing.Api.TestUser;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds routing form bodies and forms through the API for the routing tests. */
final class RoutingForms {

    private RoutingForms() {
    }

    /** A field whose options are sorted by id (Map.of has no order of its own). */
    static Map<String, Object> field(String id, String label, String type, boolean required, Map<String, String> options) {
        return Map.of("id", id, "label", label, "type", type, "required", required,
                "options", options.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(o -> Map.of("id", o.getKey(), "label", o.getValue())).toList());
    }

    static Map<String, Object> rule(String fieldId, String operator, Object value) {
        return Map.of("fieldId", fieldId, "operator", operator, "value", value);
    }

    static Map<String, Object> route(String id, Map<String, Object> action, Map<String, Object>... rules) {
        return Map.of("id", id, "conditions", Map.of("combinator", "and", "rules", List.of(rules)), "action", action);
    }

    static Map<String, Object> toEventType(long eventTypeId) {
        return Map.of("type", "eventType", "eventTypeId", eventTypeId);
    }

    static Map<String, Object> toMembers(long eventTypeId, Long... members) {
        return Map.of("type", "eventType", "eventTypeId", eventTypeId, "teamMemberIds", List.of(members));
    }

    static Map<String, Object> message(String text) {
        return Map.of("type", "message", "message", text);
    }

    static Map<String, Object> url(String url) {
        return Map.of("type", "externalUrl", "url", url);
    }

    /** A form body with {@code extra} on top of a name, the fields, the routes and a message fallback. */
    static Map<String, Object> form(List<Map<String, Object>> fields, List<Map<String, Object>> routes, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Contact us");
        body.put("fields", fields);
        body.put("routes", routes);
        body.put("fallbackAction", message("Thanks, we will get back to you"));
        body.putAll(extra);
        return body;
    }

    /** A one-question form ("service": sales or support) whose sales answer goes to {@code eventTypeId}. */
    static Map<String, Object> salesForm(long eventTypeId) {
        return form(List.of(field("service", "What service do you need?", "select", true,
                Map.of("sales", "Sales Demo", "support", "Technical Support"))),
                List.of(route("to-sales", toEventType(eventTypeId), rule("service", "equals", "sales"))), Map.of());
    }

    /** Creates the form and returns the 201 body's data. */
    static JsonPath create(TestUser owner, Map<String, Object> body) {
        return owner.call().body(body).post("/v2/routing-forms").then().statusCode(201).extract().jsonPath().setRootPath("data");
    }

    static String usernameOf(TestUser user) {
        return user.call().get("/v2/me").then().statusCode(200).extract().jsonPath().getString("data.username");
    }
}
