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

import dev.kairos.admin.FixedClockProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 3 item 5: a reserved slot is refused to other bookers, and the holder's booking consumes the reservation. */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingReservationTest {

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    private static String reserve(long eventType, String start) {
        return anonymous().body(Map.of("eventTypeId", eventType, "slotStart", start)).post("/v2/slots/reservations").then()
                .statusCode(201).extract().jsonPath().getString("data.reservationUid");
    }

    @Test
    void anotherBookerIsRefusedAReservedStart() {
        long eventType = eventType(host("UTC"), Map.of());
        String reservation = reserve(eventType, TUESDAY_9);
        book(request(eventType, TUESDAY_9, Map.of())).statusCode(409)
                .body("status", equalTo("error"))
                .body("error.code", equalTo("CONFLICT"));
        // Someone else's unknown reservation uid does not unlock it either.
        book(request(eventType, TUESDAY_9, Map.of("reservedSlotUid", "not-" + reservation))).statusCode(409);
        anonymous().get("/v2/slots/reservations/" + reservation).then().statusCode(200);
        booked(eventType, TUESDAY_10);
    }

    @Test
    void theHoldersBookingSucceedsAndConsumesTheReservation() {
        long eventType = eventType(host("UTC"), Map.of());
        String reservation = reserve(eventType, TUESDAY_9);
        String uid = book(request(eventType, TUESDAY_9, Map.of("reservedSlotUid", reservation))).statusCode(201)
                .body("data.start", equalTo("2030-01-08T09:00:00.000Z"))
                .body("data.status", equalTo("accepted"))
                .extract().jsonPath().getString("data.uid");
        anonymous().get("/v2/slots/reservations/" + reservation).then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        anonymous().get("/v2/bookings/" + uid).then().statusCode(200);
        // Consumed: the uid no longer opens anything, and the start is now the booking's.
        book(request(eventType, TUESDAY_9, Map.of("reservedSlotUid", reservation))).statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
    }

    @Test
    void aReservationOfAnotherStartIsAValidationError() {
        long eventType = eventType(host("UTC"), Map.of());
        String reservation = reserve(eventType, TUESDAY_9);
        book(request(eventType, TUESDAY_10, Map.of("reservedSlotUid", reservation))).statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details[0].field", equalTo("reservedSlotUid"));
        // Nothing was booked and the reservation still holds its own start.
        anonymous().get("/v2/slots/reservations/" + reservation).then().statusCode(200);
        book(request(eventType, TUESDAY_9, Map.of())).statusCode(409);
    }

    @Test
    void aReservationOfAnotherEventTypeIsAValidationError() {
        var host = host("UTC");
        long reserved = eventType(host, Map.of());
        long other = eventType(host, Map.of());
        String reservation = reserve(reserved, TUESDAY_9);
        book(request(other, TUESDAY_9, Map.of("reservedSlotUid", reservation))).statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"));
    }
}
