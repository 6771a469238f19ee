package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_10;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.booking.BookingFixtures.booked;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The life of a regular booking: create, read, reschedule, cancel; PRD acceptance 8.1. */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingLifecycleTest {

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    @Test
    void prdAcceptance81CreateThenRetrieve() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        JsonPath created = host.call().body(request(eventType, TUESDAY_9, Map.of())).post("/v2/bookings").then()
                .statusCode(201)
                .body("status", equalTo("success"))
                .body("data.uid", notNullValue())
                .body("data.status", equalTo("accepted"))
                .body("data.title", org.hamcrest.Matchers.startsWith("Call between "))
                .body("data.eventType.slug", org.hamcrest.Matchers.startsWith("call-"))
                .body("data.start", equalTo("2030-01-08T09:00:00.000Z"))
                .body("data.end", equalTo("2030-01-08T10:00:00.000Z"))
                .body("data.duration", equalTo(60))
                .body("data.eventType.id", equalTo((int) eventType))
                .body("data.hosts[0].id", equalTo((int) host.id()))
                .body("data.hosts[0].email", equalTo(host.email()))
                .body("data.attendees", hasSize(1))
                .extract().jsonPath();
        String uid = created.getString("data.uid");
        JsonPath fetched = host.call().get("/v2/bookings/" + uid).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(created.getMap("data"), fetched.getMap("data"));
    }

    @Test
    void theSameSlotCannotBeBookedTwice() {
        long eventType = eventType(host("UTC"), Map.of());
        booked(eventType, TUESDAY_9);
        book(request(eventType, TUESDAY_9, Map.of())).statusCode(409).body("error.code", equalTo("CONFLICT"));
    }

    @Test
    void rescheduleCreatesANewBookingAndCancelsTheOld() {
        long eventType = eventType(host("UTC"), Map.of());
        String uid = booked(eventType, TUESDAY_9);
        String moved = anonymous().body(Map.of("start", TUESDAY_10, "reschedulingReason", "clash")).post("/v2/bookings/" + uid + "/reschedule")
                .then().statusCode(201)
                .body("data.rescheduledFromUid", equalTo(uid))
                .body("data.start", equalTo("2030-01-08T10:00:00.000Z"))
                .extract().jsonPath().getString("data.uid");
        anonymous().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.status", equalTo("cancelled"))
                .body("data.rescheduledToUid", equalTo(moved));
        booked(eventType, TUESDAY_9);
    }

    @Test
    void cancelFreesTheSlotAndTwiceIsAConflict() {
        long eventType = eventType(host("UTC"), Map.of());
        String uid = booked(eventType, TUESDAY_9);
        anonymous().body(Map.of("cancellationReason", "ill")).post("/v2/bookings/" + uid + "/cancel").then().statusCode(200)
                .body("data.status", equalTo("cancelled"))
                .body("data.cancellationReason", equalTo("ill"));
        anonymous().body(Map.of()).post("/v2/bookings/" + uid + "/cancel").then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
        booked(eventType, TUESDAY_9);
    }

    @Test
    void anonymousLookupHidesHostEmails() {
        long eventType = eventType(host("UTC"), Map.of());
        String uid = booked(eventType, TUESDAY_9);
        anonymous().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.hosts[0].name", notNullValue())
                .body("data.hosts[0].email", nullValue());
    }

    @Test
    void prdAliasesPatchReschedulesAndDeleteCancels() {
        long eventType = eventType(host("UTC"), Map.of());
        String uid = booked(eventType, TUESDAY_9);
        String moved = anonymous().body(Map.of("start", TUESDAY_10)).patch("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.rescheduledFromUid", equalTo(uid))
                .extract().jsonPath().getString("data.uid");
        anonymous().queryParam("cancellationReason", "changed plans").delete("/v2/bookings/" + moved).then().statusCode(200)
                .body("data.status", equalTo("cancelled"))
                .body("data.cancellationReason", equalTo("changed plans"));
        anonymous().body(Map.of("cancellationReason", "again")).delete("/v2/bookings/" + moved).then().statusCode(409);
        booked(eventType, TUESDAY_10);
    }

    @Test
    void cancelledAndPastBookingsCannotBeRescheduled() {
        long eventType = eventType(host("UTC"), Map.of());
        String cancelled = booked(eventType, TUESDAY_9);
        anonymous().body(Map.of()).post("/v2/bookings/" + cancelled + "/cancel").then().statusCode(200);
        anonymous().body(Map.of("start", TUESDAY_10)).post("/v2/bookings/" + cancelled + "/reschedule").then().statusCode(409)
                .body("error.message", org.hamcrest.Matchers.containsString("cancelled"));
        String past = booked(eventType, TUESDAY_9);
        setClock("2030-01-08T09:30:00Z");
        anonymous().body(Map.of("start", "2030-01-09T10:00:00Z")).post("/v2/bookings/" + past + "/reschedule").then().statusCode(409)
                .body("error.message", org.hamcrest.Matchers.containsString("started"));
    }

    @Test
    void reschedulingIntoAnOverlapWithItselfWorks() {
        long eventType = eventType(host("UTC"), Map.of("slotInterval", 30));
        String uid = booked(eventType, TUESDAY_9);
        anonymous().body(Map.of("start", "2030-01-08T09:30:00Z")).post("/v2/bookings/" + uid + "/reschedule").then().statusCode(201)
                .body("data.start", equalTo("2030-01-08T09:30:00.000Z"));
    }
}
