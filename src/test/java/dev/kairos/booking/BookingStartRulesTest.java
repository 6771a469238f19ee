package dev.kairos.booking;

import static dev.kairos.booking.BookingErrors.refused;
import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.booking.BookingFixtures.booked;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v2/bookings} starts the event type's own rules refuse (422, naming the rule) or
 * another booking holds (409), and the attendee's cancellation notice.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingStartRulesTest {

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    private static void ruleRefuses(long eventType, String start, String reason) {
        ValidatableResponse response = book(request(eventType, start, Map.of()));
        refused(response, 422, "VALIDATION_ERROR", "start")
                .body("error.details.message", contains(reason))
                .body("error.message", containsString("cannot be booked"));
    }

    @Test
    void outsideTheHostsHours() {
        long eventType = eventType(host("UTC"), Map.of());
        ruleRefuses(eventType, "2030-01-08T20:00:00Z", "OUTSIDE_HOURS");
        ruleRefuses(eventType, "2030-01-12T10:00:00Z", "OUTSIDE_HOURS");
    }

    @Test
    void inThePast() {
        long eventType = eventType(host("UTC"), Map.of());
        ruleRefuses(eventType, "2030-01-04T10:00:00Z", "IN_THE_PAST");
        ruleRefuses(eventType, MONDAY_NOW, "IN_THE_PAST");
    }

    @Test
    void insideTheMinimumNotice() {
        long eventType = eventType(host("UTC"), Map.of("minimumBookingNotice", 240));
        ruleRefuses(eventType, "2030-01-07T09:00:00Z", "MINIMUM_NOTICE");
        booked(eventType, "2030-01-07T10:00:00Z");
    }

    @Test
    void offTheSlotInterval() {
        long eventType = eventType(host("UTC"), Map.of());
        ruleRefuses(eventType, "2030-01-08T09:17:00Z", "NOT_ON_SLOT_INTERVAL");
        long quarterHours = eventType(host("UTC"), Map.of("slotInterval", 15));
        ruleRefuses(quarterHours, "2030-01-08T09:17:00Z", "NOT_ON_SLOT_INTERVAL");
        booked(quarterHours, "2030-01-08T09:15:00Z");
    }

    /** API.md: when both 409 and 422 apply, 422. */
    @Test
    void offTheSlotIntervalIsA422EvenWhenTheTimeIsTaken() {
        long eventType = eventType(host("UTC"), Map.of());
        booked(eventType, TUESDAY_9);
        ruleRefuses(eventType, "2030-01-08T09:17:00Z", "NOT_ON_SLOT_INTERVAL");
    }

    @Test
    void beyondTheBookingWindow() {
        long eventType = eventType(host("UTC"), Map.of("bookingWindow", Map.of("type", "calendarDays", "value", 3, "rolling", false)));
        ruleRefuses(eventType, "2030-01-15T09:00:00Z", "BOOKING_WINDOW");
        booked(eventType, TUESDAY_9);
        long range = eventType(host("UTC"), Map.of("bookingWindow", Map.of("type", "range", "value", java.util.List.of("2030-01-09",
                "2030-01-10"))));
        ruleRefuses(range, TUESDAY_9, "BOOKING_WINDOW");
    }

    @Test
    void aTakenStartIsAConflict() {
        long eventType = eventType(host("UTC"), Map.of());
        booked(eventType, TUESDAY_9);
        refused(book(request(eventType, TUESDAY_9, Map.of())), 409, "CONFLICT", "start")
                .body("error.details.message", contains("BUSY"));
    }

    @Test
    void attendeesCannotCancelInsideTheNoticeButTheHostCan() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of("cancellationNoticeHours", 24));
        String early = booked(eventType, TUESDAY_9);
        String late = booked(eventType, "2030-01-08T11:00:00Z");
        anonymous().body(Map.of()).post("/v2/bookings/" + early + "/cancel").then().statusCode(200)
                .body("data.status", equalTo("cancelled"));

        setClock("2030-01-07T12:00:00Z");
        anonymous().body(Map.of("cancellationReason", "too late")).post("/v2/bookings/" + late + "/cancel").then()
                .statusCode(409)
                .body("error.code", equalTo("CONFLICT"))
                .body("error.message", containsString("24 hours"));
        anonymous().delete("/v2/bookings/" + late).then().statusCode(409).body("error.code", equalTo("CONFLICT"));
        anonymous().get("/v2/bookings/" + late).then().statusCode(200).body("data.status", equalTo("accepted"));

        host.call().body(Map.of("cancellationReason", "host is ill")).post("/v2/bookings/" + late + "/cancel").then()
                .statusCode(200)
                .body("data.status", equalTo("cancelled"))
                .body("data.cancellationReason", equalTo("host is ill"));
    }

    @Test
    void anotherUsersKeyIsNotTheHost() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of("cancellationNoticeHours", 24));
        String uid = booked(eventType, "2030-01-08T11:00:00Z");
        setClock("2030-01-07T12:00:00Z");
        TestUser stranger = host("UTC");
        stranger.call().body(Map.of()).post("/v2/bookings/" + uid + "/cancel").then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
    }
}
