package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.booking.BookingFixtures.booked;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.booking.Parallel.fire;
import static dev.kairos.booking.Parallel.number;
import static dev.kairos.booking.Parallel.statusCounts;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, recurring series: a series is booked all or nothing, shares one recurringBookingUid,
 * reads back as a whole and cancels from one occurrence onwards.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class RecurringBookingTest {

    private static final Map<String, Object> WEEKLY_4 = Map.of("recurrence",
            Map.of("interval", 1, "occurrences", 4, "frequency", "weekly"));

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    @Test
    void aSeriesSharesOneRecurringBookingUidAndReadsBackWhole() {
        long eventType = eventType(host("UTC"), WEEKLY_4);

        JsonPath series = book(request(eventType, TUESDAY_9, Map.of("recurrenceCount", 3))).statusCode(201)
                .body("data", hasSize(3))
                .body("data.start", contains("2030-01-08T09:00:00.000Z", "2030-01-15T09:00:00.000Z", "2030-01-22T09:00:00.000Z"))
                .body("data.status", everyItem(equalTo("accepted")))
                .body("data[0].recurringBookingUid", notNullValue())
                .extract().jsonPath();
        String seriesUid = series.getString("data[0].recurringBookingUid");
        assertEquals(List.of(seriesUid, seriesUid, seriesUid), series.getList("data.recurringBookingUid"));
        assertEquals(3, series.getList("data.uid").stream().distinct().count());

        anonymous().get("/v2/bookings/" + seriesUid).then().statusCode(200)
                .body("data", hasSize(3))
                .body("data.uid", equalTo(series.getList("data.uid")))
                .body("data.start", contains("2030-01-08T09:00:00.000Z", "2030-01-15T09:00:00.000Z", "2030-01-22T09:00:00.000Z"));
        anonymous().get("/v2/bookings/" + series.getString("data[1].uid")).then().statusCode(200)
                .body("data.start", equalTo("2030-01-15T09:00:00.000Z"))
                .body("data.recurringBookingUid", equalTo(seriesUid));
    }

    @Test
    void withoutARecurrenceCountTheEventTypesOccurrencesAreBooked() {
        long eventType = eventType(host("UTC"), WEEKLY_4);

        book(request(eventType, TUESDAY_9, Map.of())).statusCode(201)
                .body("data", hasSize(4))
                .body("data[3].start", equalTo("2030-01-29T09:00:00.000Z"));
    }

    @Test
    void aTakenOccurrenceRefusesTheWholeSeriesAndNamesItsDate() throws Exception {
        TestUser host = host("UTC");
        long recurring = eventType(host, WEEKLY_4);
        long single = eventType(host, Map.of());
        booked(single, "2030-01-22T09:00:00Z");

        Response refused = book(request(recurring, TUESDAY_9, Map.of("recurrenceCount", 3))).statusCode(409)
                .body("error.code", equalTo("CONFLICT"))
                .body("error.message", containsString("2030-01-22"))
                .body("error.details.message", hasItem(containsString("2030-01-22")))
                .extract().response();

        assertEquals(0, number(dataSource, "SELECT count(*) FROM bookings WHERE event_type_id = ?", recurring), refused.asString());
        assertEquals(1, number(dataSource, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", host.id()));
        // Nothing was held back by the refused series: its first two dates are still free.
        booked(single, TUESDAY_9);
        booked(single, "2030-01-15T09:00:00Z");
    }

    @Test
    void aSeriesCountsItsOwnOccurrencesAgainstBookingLimits() throws Exception {
        Map<String, Object> limited = new java.util.HashMap<>(WEEKLY_4);
        limited.put("bookingLimitsCount", Map.of("month", 2));
        long eventType = eventType(host("UTC"), limited);

        book(request(eventType, TUESDAY_9, Map.of("recurrenceCount", 4))).statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.message", org.hamcrest.Matchers.containsString("2030-01-22"))
                .body("error.details[0].message", org.hamcrest.Matchers.containsString("LIMIT_REACHED"));
        assertEquals(0, number(dataSource, "SELECT count(*) FROM bookings WHERE event_type_id = ?", eventType));
        book(request(eventType, TUESDAY_9, Map.of("recurrenceCount", 2))).statusCode(201);
    }

    @Test
    void moreOccurrencesThanTheEventTypeAllowsIsAValidationError() throws Exception {
        long eventType = eventType(host("UTC"), WEEKLY_4);

        book(request(eventType, TUESDAY_9, Map.of("recurrenceCount", 5))).statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details[0].field", equalTo("recurrenceCount"));
        assertEquals(0, number(dataSource, "SELECT count(*) FROM bookings WHERE event_type_id = ?", eventType));
    }

    @Test
    void cancelSubsequentBookingsCancelsThatOccurrenceAndLaterOnesOnly() {
        TestUser host = host("UTC");
        long eventType = eventType(host, WEEKLY_4);
        long single = eventType(host, Map.of());
        JsonPath series = book(request(eventType, TUESDAY_9, Map.of("recurrenceCount", 4))).statusCode(201).extract().jsonPath();
        List<String> uids = series.getList("data.uid", String.class);

        anonymous().body(Map.of("cancelSubsequentBookings", true, "cancellationReason", "course ended"))
                .post("/v2/bookings/" + uids.get(1) + "/cancel").then().statusCode(200)
                .body("data.status", equalTo("cancelled"));

        anonymous().get("/v2/bookings/" + series.getString("data[0].recurringBookingUid")).then().statusCode(200)
                .body("data.status", contains("accepted", "cancelled", "cancelled", "cancelled"));
        // The first occurrence keeps its time; the cancelled ones are free again.
        book(request(single, TUESDAY_9, Map.of())).statusCode(409);
        booked(single, "2030-01-15T09:00:00Z");
        booked(single, "2030-01-29T09:00:00Z");
    }

    @Test
    void cancellingOneOccurrenceLeavesTheOthers() {
        long eventType = eventType(host("UTC"), WEEKLY_4);
        JsonPath series = book(request(eventType, TUESDAY_9, Map.of("recurrenceCount", 3))).statusCode(201).extract().jsonPath();

        anonymous().body(Map.of()).post("/v2/bookings/" + series.getString("data[1].uid") + "/cancel").then().statusCode(200);

        anonymous().get("/v2/bookings/" + series.getString("data[0].recurringBookingUid")).then()
                .body("data.status", contains("accepted", "cancelled", "accepted"));
    }

    @Test
    void parallelSeriesThatShareOneDateBookOneSeriesWhole() throws Exception {
        TestUser host = host("UTC");
        long eventType = eventType(host, WEEKLY_4);
        TestUser booker = Parallel.unthrottledBooker();

        // Tuesdays 8, 15, 22 January against 22, 29 January and 5 February: they meet on the 22nd only.
        List<Response> responses = fire(10, i -> booker.call()
                .body(request(eventType, i % 2 == 0 ? TUESDAY_9 : "2030-01-22T09:00:00Z", Map.of("recurrenceCount", 3)))
                .post("/v2/bookings"));

        assertEquals(Map.of(201, 1L, 409, 9L), statusCounts(responses));
        assertEquals(3, number(dataSource, "SELECT count(*) FROM bookings WHERE event_type_id = ?", eventType));
        assertEquals(1, number(dataSource, "SELECT count(DISTINCT recurring_booking_uid) FROM bookings WHERE event_type_id = ?",
                eventType));
        assertEquals(3, number(dataSource, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", host.id()));
    }
}
