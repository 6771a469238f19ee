package dev.kairos.routing;

import static dev.kairos.routing.RoutingForms.create;
import static dev.kairos.routing.RoutingForms.salesForm;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What booking creation calls with routing.responseId: the response links to the booking it led to, once. */
@QuarkusTest
class RoutingResponsesTest {

    @Inject
    RoutingResponses routingResponses;

    private static JsonPath book(long eventType, String start) {
        return Api.anonymous().body(Map.of("eventTypeId", eventType, "start", start, "attendee",
                Map.of("name", "Jane Doe", "email", "jane-" + UUID.randomUUID() + "@example.com", "timeZone", "UTC")))
                .post("/v2/bookings").then().statusCode(201).extract().jsonPath().setRootPath("data");
    }

    private void link(long responseId, long bookingId) {
        QuarkusTransaction.requiringNew().run(() -> routingResponses.linkBooking(responseId, bookingId));
    }

    private static ApiException refusal(Runnable link) {
        ApiException refused = assertThrows(ApiException.class, link::run);
        assertEquals(ErrorCode.VALIDATION_ERROR, refused.code());
        assertEquals("routing.responseId", refused.details().get(0).field());
        return refused;
    }

    @Test
    void aResponseLinksToTheBookingItLedToAndToNoOther() {
        TestUser host = Scheduling.host("UTC");
        long eventType = Scheduling.eventType(host, Map.of());
        long formId = create(host, salesForm(eventType)).getLong("id");
        long responseId = Api.anonymous().body(Map.of("responses", Map.of("service", "sales")))
                .post("/v2/routing-forms/" + formId + "/responses").then().statusCode(201).extract().jsonPath().getLong("data.responseId");
        JsonPath first = book(eventType, "2030-01-08T09:00:00Z");
        long other = book(eventType, "2030-01-08T11:00:00Z").getLong("id");

        link(responseId, first.getLong("id"));
        link(responseId, first.getLong("id"));
        host.call().get("/v2/routing-forms/" + formId + "/responses").then().statusCode(200)
                .body("data[0].bookingUid", equalTo(first.getString("uid")));

        ApiException taken = refusal(() -> link(responseId, other));
        assertTrue(taken.details().get(0).message().contains("already led to another booking"), taken.getMessage());
        ApiException unknown = refusal(() -> link(987_654_321L, other));
        assertTrue(unknown.details().get(0).message().contains("no routing form response 987654321"), unknown.getMessage());
        host.call().get("/v2/routing-forms/" + formId + "/responses").then()
                .body("data[0].bookingUid", equalTo(first.getString("uid")));
    }

    @Test
    void itRunsOnlyInsideTheBookingsTransaction() {
        assertThrows(TransactionalException.class, () -> routingResponses.linkBooking(1, 1));
    }
}
