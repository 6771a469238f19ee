package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_10;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.CalComSchemas.assertConforms;
import static dev.kairos.testing.CalComSchemas.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real booking responses validate against Cal.com's own 2024-08-13 schemas
 * (../shared/calcom-openapi): every required field present, with Cal.com's JSON type, all the
 * way down (hosts, attendees, event type, pagination). Responses are read by the host, who sees
 * the booking in full.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingCalComShapeTest {

    private static final Map<String, Object> SEATS = Map.of("seats",
            Map.of("seatsPerTimeSlot", 3, "showAttendeeInfo", false, "showAvailabilityCount", true));

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    private static JsonNode body(Response response, int status) {
        response.then().statusCode(status);
        JsonNode body = parse(response.asString());
        assertEquals("success", body.path("status").asText());
        return body;
    }

    private static JsonNode created(TestUser host, Map<String, Object> request) {
        return body(host.call().body(request).post("/v2/bookings"), 201);
    }

    @Test
    void aRegularBookingCreatedAndReadHasCalComsShape() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        JsonNode created = created(host, request(eventType, TUESDAY_9, Map.of("guests", List.of("guest@example.com"),
                "metadata", Map.of("source", "shape"))));
        assertConforms("CreateBookingOutput_2024_08_13", created);
        assertConforms("BookingOutput_2024_08_13", created.path("data"));

        String uid = created.path("data").path("uid").asText();
        JsonNode fetched = body(host.call().get("/v2/bookings/" + uid), 200);
        assertConforms("GetBookingOutput_2024_08_13", fetched);
        assertConforms("BookingOutput_2024_08_13", fetched.path("data"));
    }

    @Test
    void aSeatCreatedAndReadHasCalComsSeatedShape() {
        TestUser host = host("UTC");
        long eventType = eventType(host, SEATS);
        JsonNode created = created(host, request(eventType, TUESDAY_9, Map.of()));
        assertConforms("CreateBookingOutput_2024_08_13", created);
        assertConforms("CreateSeatedBookingOutput_2024_08_13", created.path("data"));
        created(host, request(eventType, TUESDAY_9, Map.of()));

        JsonNode fetched = body(host.call().get("/v2/bookings/" + created.path("data").path("uid").asText()), 200);
        assertConforms("GetBookingOutput_2024_08_13", fetched);
        assertConforms("GetSeatedBookingOutput_2024_08_13", fetched.path("data"));
        assertEquals(2, fetched.path("data").path("attendees").size());
    }

    @Test
    void aRecurringSeriesHasCalComsRecurringShape() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of("recurrence", Map.of("interval", 1, "occurrences", 2, "frequency", "weekly")));
        JsonNode created = created(host, request(eventType, TUESDAY_9, Map.of()));
        assertConforms("CreateBookingOutput_2024_08_13", created);
        assertEquals(2, created.path("data").size());
        for (JsonNode occurrence : created.path("data")) {
            assertConforms("RecurringBookingOutput_2024_08_13", occurrence);
        }
    }

    @Test
    void theListHasCalComsShapeAndPagination() {
        TestUser host = host("UTC");
        created(host, request(eventType(host, Map.of()), TUESDAY_9, Map.of()));
        created(host, request(eventType(host, SEATS), TUESDAY_10, Map.of()));
        JsonNode list = body(host.call().queryParam("limit", 1).get("/v2/bookings"), 200);
        assertConforms("GetBookingsOutput_2024_08_13", list);
        assertConforms("PaginationMetaDto", list.path("pagination"));
        assertConforms("BookingOutput_2024_08_13", list.path("data").get(0));
        JsonNode next = body(host.call().queryParam("limit", 1).queryParam("skip", 1).get("/v2/bookings"), 200);
        assertConforms("GetBookingsOutput_2024_08_13", next);
        assertConforms("GetSeatedBookingOutput_2024_08_13", next.path("data").get(0));
    }

    @Test
    void cancelRescheduleAndMarkAbsentHaveCalComsShape() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        String first = created(host, request(eventType, TUESDAY_9, Map.of())).path("data").path("uid").asText();
        JsonNode rescheduled = body(host.call().body(Map.of("start", TUESDAY_10, "reschedulingReason", "clash"))
                .post("/v2/bookings/" + first + "/reschedule"), 201);
        assertConforms("RescheduleBookingOutput_2024_08_13", rescheduled);
        assertConforms("BookingOutput_2024_08_13", rescheduled.path("data"));

        JsonNode old = body(host.call().get("/v2/bookings/" + first), 200);
        assertConforms("GetBookingOutput_2024_08_13", old);
        assertConforms("BookingOutput_2024_08_13", old.path("data"));

        String moved = rescheduled.path("data").path("uid").asText();
        setClock("2030-01-08T10:30:00Z");
        JsonNode marked = body(host.call().body(Map.of("host", false)).post("/v2/bookings/" + moved + "/mark-absent"), 200);
        assertConforms("MarkAbsentBookingOutput_2024_08_13", marked);
        assertConforms("BookingOutput_2024_08_13", marked.path("data"));

        setClock(MONDAY_NOW);
        String other = created(host, request(eventType, "2030-01-09T09:00:00Z", Map.of())).path("data").path("uid").asText();
        JsonNode cancelled = body(host.call().body(Map.of("cancellationReason", "ill")).post("/v2/bookings/" + other + "/cancel"), 200);
        assertConforms("CancelBookingOutput_2024_08_13", cancelled);
        assertConforms("BookingOutput_2024_08_13", cancelled.path("data"));
    }

    @Test
    void aCancelledSeatHasCalComsSeatedShape() {
        TestUser host = host("UTC");
        long eventType = eventType(host, SEATS);
        JsonNode seat = created(host, request(eventType, TUESDAY_9, Map.of())).path("data");
        created(host, request(eventType, TUESDAY_9, Map.of()));
        JsonNode cancelled = body(host.call().body(Map.of("seatUid", seat.path("seatUid").asText()))
                .post("/v2/bookings/" + seat.path("uid").asText() + "/cancel"), 200);
        assertConforms("CancelBookingOutput_2024_08_13", cancelled);
        assertConforms("GetSeatedBookingOutput_2024_08_13", cancelled.path("data"));
    }
}
