package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event type's price, currency and refundWindowHours decide each cancellation's refund;
 * {@code GET /v2/bookings/{uid}/cancellations} shows them to hosts.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class CancellationPolicyTest {

    private static final Map<String, Object> PAID = Map.of("price", 2500, "currency", "EUR", "refundWindowHours", 24);

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    @Test
    void anAttendeeCancellingBeforeTheWindowClosesIsRefundedThePrice() {
        TestUser host = host("UTC");
        Map<String, Object> body = request(eventType(host, PAID), TUESDAY_9, Map.of());
        String uid = book(body).statusCode(201).extract().jsonPath().getString("data.uid");
        anonymous().body(Map.of("cancellationReason", "cannot come")).post("/v2/bookings/" + uid + "/cancel").then().statusCode(200);
        host.call().get("/v2/bookings/" + uid + "/cancellations").then().statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].cancelledBy", equalTo(((Map<?, ?>) body.get("attendee")).get("email")))
                .body("data[0].cancelledByRole", equalTo("attendee"))
                .body("data[0].cancellationReason", equalTo("cannot come"))
                .body("data[0].withinRefundWindow", equalTo(true))
                .body("data[0].refundStatus", equalTo("pending"))
                .body("data[0].refundAmount", equalTo(2500))
                .body("data[0].currency", equalTo("eur")); // event types keep currencies lower-case, as Cal.com does
    }

    @Test
    void aCancellationInsideTheLastHoursIsNotRefundable() {
        TestUser host = host("UTC");
        String uid = book(request(eventType(host, PAID), TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath().getString("data.uid");
        setClock("2030-01-07T09:00:01Z");
        host.call().body(Map.of()).post("/v2/bookings/" + uid + "/cancel").then().statusCode(200);
        host.call().get("/v2/bookings/" + uid + "/cancellations").then().statusCode(200)
                .body("data[0].cancelledBy", equalTo(host.email()))
                .body("data[0].cancelledByRole", equalTo("host"))
                .body("data[0].withinRefundWindow", equalTo(false))
                .body("data[0].refundStatus", equalTo("not_eligible"))
                .body("data[0].refundAmount", equalTo(0));
    }

    @Test
    void eachSeatIsRefundedOnItsOwn() {
        TestUser host = host("UTC");
        Map<String, Object> seated = new java.util.HashMap<>(PAID);
        seated.put("seats", Map.of("seatsPerTimeSlot", 3, "showAttendeeInfo", false, "showAvailabilityCount", true));
        long eventType = eventType(host, seated);
        JsonPath first = book(request(eventType, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath();
        JsonPath second = book(request(eventType, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath();
        JsonPath third = book(request(eventType, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath();
        String uid = first.getString("data.uid");
        anonymous().body(Map.of("seatUid", first.getString("data.seatUid"))).post("/v2/bookings/" + uid + "/cancel").then()
                .statusCode(200).body("data.status", equalTo("accepted"));
        host.call().body(Map.of("cancellationReason", "workshop moved")).post("/v2/bookings/" + uid + "/cancel").then()
                .statusCode(200).body("data.status", equalTo("cancelled"));
        host.call().get("/v2/bookings/" + uid + "/cancellations").then().statusCode(200)
                .body("data", hasSize(3))
                .body("data.seatUid", containsInAnyOrder(first.getString("data.seatUid"), second.getString("data.seatUid"),
                        third.getString("data.seatUid")))
                .body("data.cancelledByRole", containsInAnyOrder("attendee", "host", "host"))
                .body("data.refundAmount", containsInAnyOrder(2500, 2500, 2500));
    }

    @Test
    void onlyHostsReadCancellations() {
        String uid = book(request(eventType(host("UTC"), PAID), TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath()
                .getString("data.uid");
        anonymous().get("/v2/bookings/" + uid + "/cancellations").then().statusCode(401);
        Api.newUser().call().get("/v2/bookings/" + uid + "/cancellations").then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
    }
}
