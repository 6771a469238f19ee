package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.booking.Parallel.fire;
import static dev.kairos.booking.Parallel.number;
import static dev.kairos.booking.Parallel.statusCounts;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, confirmation: bookings of an event type that requires confirmation wait as pending;
 * only the host confirms or declines them, and overlapping pending bookings confirmed at the same
 * moment never both become accepted.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingConfirmationTest {

    private static final String TUESDAY_930 = "2030-01-08T09:30:00Z";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    @Test
    void overlappingPendingBookingsConfirmedAtOnceAcceptExactlyOne() throws Exception {
        TestUser host = host("UTC");
        long eventType = confirmed(host, false);
        // Pending bookings do not block, so all four exist; every pair of them overlaps.
        List<String> pending = List.of(pending(eventType, TUESDAY_9), pending(eventType, TUESDAY_930), pending(eventType, TUESDAY_9),
                pending(eventType, TUESDAY_930));
        assertEquals(0, blockingRows(host));

        List<Response> responses = fire(pending.size(), i -> host.call().post("/v2/bookings/" + pending.get(i) + "/confirm"));

        assertEquals(Map.of(200, 1L, 409, 3L), statusCounts(responses), () -> responses.stream().map(Response::asString).toList()
                .toString());
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals("CONFLICT", r.jsonPath().getString("error.code"), r.asString()));
        responses.stream().filter(r -> r.statusCode() == 200)
                .forEach(r -> assertEquals("accepted", r.jsonPath().getString("data.status")));
        assertEquals(1, blockingRows(host));
        assertEquals(1, number(dataSource, "SELECT count(*) FROM bookings WHERE event_type_id = ? AND status = 'accepted'", eventType));
        assertEquals(3, number(dataSource, "SELECT count(*) FROM bookings WHERE event_type_id = ? AND status = 'pending'", eventType));
    }

    @Test
    void aConfirmedPendingBookingBlocksItsSlotAndCannotBeConfirmedOrDeclinedAgain() {
        TestUser host = host("UTC");
        long eventType = confirmed(host, false);
        String uid = pending(eventType, TUESDAY_9);
        String overlapping = pending(eventType, TUESDAY_930);

        host.call().post("/v2/bookings/" + uid + "/confirm").then().statusCode(200).body("data.status", equalTo("accepted"));

        host.call().post("/v2/bookings/" + uid + "/confirm").then().statusCode(409).body("error.code", equalTo("CONFLICT"));
        host.call().body(Map.of("reason", "changed my mind")).post("/v2/bookings/" + uid + "/decline").then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
        host.call().post("/v2/bookings/" + overlapping + "/confirm").then().statusCode(409).body("error.code", equalTo("CONFLICT"));
        book(request(eventType, TUESDAY_9, Map.of())).statusCode(409).body("error.code", equalTo("CONFLICT"));
        host.call().body(Map.of("reason", "double booked")).post("/v2/bookings/" + overlapping + "/decline").then().statusCode(200)
                .body("data.status", equalTo("rejected"));
        host.call().post("/v2/bookings/" + overlapping + "/confirm").then().statusCode(409);
    }

    @Test
    void onlyTheHostConfirmsOrDeclines() {
        TestUser host = host("UTC");
        long eventType = confirmed(host, false);
        String uid = pending(eventType, TUESDAY_9);
        TestUser stranger = Api.newUser();

        stranger.call().post("/v2/bookings/" + uid + "/confirm").then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        stranger.call().body(Map.of()).post("/v2/bookings/" + uid + "/decline").then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
        anonymous().post("/v2/bookings/" + uid + "/confirm").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
        anonymous().body(Map.of()).post("/v2/bookings/" + uid + "/decline").then().statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED"));
        host.call().get("/v2/bookings/" + uid).then().body("data.status", equalTo("pending"));

        host.call().body(Map.of("reason", "busy")).post("/v2/bookings/" + uid + "/decline").then().statusCode(200)
                .body("data.status", equalTo("rejected"));
        host.call().post("/v2/bookings/" + uid + "/confirm").then().statusCode(409).body("error.code", equalTo("CONFLICT"));
        // Declined: the time is free again.
        book(request(eventType, TUESDAY_9, Map.of())).statusCode(201).body("data.status", equalTo("pending"));
    }

    @Test
    void aPendingBookingBlocksItsSlotWhenTheEventTypeBlocksUnconfirmedBookings() throws Exception {
        TestUser host = host("UTC");
        long eventType = confirmed(host, true);
        String uid = pending(eventType, TUESDAY_9);

        book(request(eventType, TUESDAY_9, Map.of())).statusCode(409).body("error.code", equalTo("CONFLICT"));
        book(request(eventType, TUESDAY_930, Map.of())).statusCode(409).body("error.code", equalTo("CONFLICT"));
        assertEquals(1, blockingRows(host));

        host.call().post("/v2/bookings/" + uid + "/confirm").then().statusCode(200).body("data.status", equalTo("accepted"));
    }

    @Test
    void parallelBookersOfABlockingPendingSlotMakeOneBooking() throws Exception {
        TestUser host = host("UTC");
        long eventType = confirmed(host, true);
        TestUser booker = Parallel.unthrottledBooker();

        List<Response> responses = fire(20, i -> booker.call()
                .body(request(eventType, i % 2 == 0 ? TUESDAY_9 : TUESDAY_930, Map.of())).post("/v2/bookings"));

        assertEquals(Map.of(201, 1L, 409, 19L), statusCounts(responses));
        assertEquals("pending", responses.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow()
                .jsonPath().getString("data.status"));
    }

    private static long confirmed(TestUser host, boolean blockUnconfirmed) {
        return eventType(host, Map.of("slotInterval", 30, "confirmationPolicy",
                Map.of("type", "always", "blockUnconfirmedBookingsInBooker", blockUnconfirmed)));
    }

    private static String pending(long eventType, String start) {
        return book(request(eventType, start, Map.of())).statusCode(201)
                .body("data.status", equalTo("pending"))
                .extract().jsonPath().getString("data.uid");
    }

    private long blockingRows(TestUser host) throws Exception {
        return number(dataSource, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", host.id());
    }
}
