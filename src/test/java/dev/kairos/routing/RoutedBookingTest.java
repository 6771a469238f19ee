package dev.kairos.routing;

import static dev.kairos.routing.RoutingForms.create;
import static dev.kairos.routing.RoutingForms.field;
import static dev.kairos.routing.RoutingForms.form;
import static dev.kairos.routing.RoutingForms.route;
import static dev.kairos.routing.RoutingForms.rule;
import static dev.kairos.routing.RoutingForms.salesForm;
import static dev.kairos.routing.RoutingForms.toMembers;
import static dev.kairos.testing.Api.anonymous;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.testing.Scheduling.hosts;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Scheduling.teamEventType;
import static org.hamcrest.Matchers.equalTo;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: a booking made with {@code routing.responseId} links to the response, must be of the
 * event type the response was routed to, and takes the route's team members.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class RoutedBookingTest {

    @BeforeEach
    void monday() {
        setClock("2030-01-07T06:00:00Z");
    }

    private static long submit(long formId, Map<String, Object> answers) {
        return anonymous().body(Map.of("responses", answers)).post("/v2/routing-forms/" + formId + "/responses")
                .then().statusCode(201).extract().jsonPath().getLong("data.responseId");
    }

    private static ValidatableResponse book(long eventType, String start, Map<String, Object> routing) {
        Map<String, Object> body = new HashMap<>(Map.of("eventTypeId", eventType, "start", start,
                "attendee", Map.of("name", "Jane Doe", "email", "jane@example.com", "timeZone", "UTC")));
        body.put("routing", routing);
        return anonymous().body(body).post("/v2/bookings").then();
    }

    @Test
    void aBookingLinksToTheResponseThatLedToIt() {
        TestUser owner = host("UTC");
        long demo = Scheduling.eventType(owner, Map.of());
        long other = Scheduling.eventType(owner, Map.of());
        long formId = create(owner, salesForm(demo)).getLong("id");
        long responseId = submit(formId, Map.of("service", "sales"));

        book(other, "2030-01-08T09:00:00Z", Map.of("responseId", responseId)).statusCode(422)
                .body("error.details[0].field", equalTo("routing.responseId"));
        book(demo, "2030-01-08T09:00:00Z", Map.of("responseId", 999_999_999)).statusCode(422)
                .body("error.details[0].field", equalTo("routing.responseId"));
        String uid = book(demo, "2030-01-08T09:00:00Z", Map.of("responseId", responseId)).statusCode(201)
                .extract().jsonPath().getString("data.uid");

        owner.call().get("/v2/routing-forms/" + formId + "/responses").then().statusCode(200)
                .body("data[0].id", equalTo((int) responseId))
                .body("data[0].bookingUid", equalTo(uid));
        // One response, one booking.
        book(demo, "2030-01-08T10:00:00Z", Map.of("responseId", responseId)).statusCode(422);
        // A response routed to a message leads to no event type.
        long toMessage = submit(formId, Map.of("service", "support"));
        book(demo, "2030-01-08T11:00:00Z", Map.of("responseId", toMessage)).statusCode(422);
    }

    @Test
    void aRoundRobinBookingTakesTheRoutesTeamMembers() {
        TestUser a = host("UTC");
        TestUser b = host("UTC");
        TestUser c = host("UTC");
        long team = Teams.teamWithMembers(a, b, c);
        long rr = teamEventType(a, team, "roundRobin", hosts(a, b, c), Map.of());
        long formId = create(a, form(List.of(field("lang", "Language", "select", true, Map.of("fr", "French", "en", "English"))),
                List.of(route("french", toMembers(rr, c.id()), rule("lang", "equals", "fr"))), Map.of("teamId", team))).getLong("id");

        for (String start : List.of("2030-01-08T09:00:00Z", "2030-01-08T10:00:00Z")) {
            book(rr, start, Map.of("responseId", submit(formId, Map.of("lang", "fr")))).statusCode(201)
                    .body("data.hosts.id", equalTo(List.of((int) c.id())));
        }
        // teamMemberIds given with the response win over the route's.
        book(rr, "2030-01-08T11:00:00Z", Map.of("responseId", submit(formId, Map.of("lang", "fr")), "teamMemberIds", List.of(b.id())))
                .statusCode(201).body("data.hosts.id", equalTo(List.of((int) b.id())));
    }
}
