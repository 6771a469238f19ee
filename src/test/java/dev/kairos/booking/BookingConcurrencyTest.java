package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.booking.Parallel.fire;
import static dev.kairos.booking.Parallel.number;
import static dev.kairos.booking.Parallel.statusCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, no double booking: real parallel {@code POST /v2/bookings} requests for the same host's
 * time, identical or only overlapping, end with exactly one booking; everyone else gets a 409.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingConcurrencyTest {

    @Inject
    AgroalDataSource dataSource;

    private TestUser booker;

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
        booker = Parallel.unthrottledBooker();
    }

    @Test
    void twoHundredBookersOfOneSlotMakeExactlyOneBooking() throws Exception {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());

        List<Response> responses = fire(200, i -> booker.call().body(request(eventType, TUESDAY_9, Map.of())).post("/v2/bookings"));

        assertEquals(Map.of(201, 1L, 409, 199L), statusCounts(responses));
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals("CONFLICT", r.jsonPath().getString("error.code"), r.asString()));
        String uid = responses.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().jsonPath().getString("data.uid");
        assertEquals(1, liveBookings(eventType));
        assertEquals(1, number(dataSource, "SELECT count(*) FROM bookings WHERE uid = ? AND status = 'accepted' AND start_time = ?",
                uid, OffsetDateTime.parse(TUESDAY_9)));
        assertEquals(1, blockingRows(host));
    }

    @Test
    void overlappingStartsOfOneEventTypeMakeExactlyOneBooking() throws Exception {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of("slotInterval", 30));

        // Half at 09:00, half at 09:30: no two requests are identical, every pair overlaps.
        List<Response> responses = fire(20, i -> booker.call()
                .body(request(eventType, i % 2 == 0 ? TUESDAY_9 : "2030-01-08T09:30:00Z", Map.of())).post("/v2/bookings"));

        assertOneWinner(responses, 20);
        assertEquals(1, liveBookings(eventType));
        assertEquals(1, blockingRows(host));
    }

    @Test
    void overlappingEventTypesOfOneHostMakeExactlyOneBooking() throws Exception {
        TestUser host = host("UTC");
        long hour = eventType(host, Map.of());
        long halfHour = eventType(host, Map.of("lengthInMinutes", 30));

        // 09:00-10:00 against 09:30-10:00 of another event type of the same host.
        List<Response> responses = fire(20, i -> booker.call()
                .body(i % 2 == 0 ? request(hour, TUESDAY_9, Map.of()) : request(halfHour, "2030-01-08T09:30:00Z", Map.of()))
                .post("/v2/bookings"));

        assertOneWinner(responses, 20);
        assertEquals(1, liveBookings(hour) + liveBookings(halfHour));
        assertEquals(1, blockingRows(host));
    }

    @Test
    void aBufferThatOverlapsAnotherEventTypeCountsAsOverlap() throws Exception {
        TestUser host = host("UTC");
        long hour = eventType(host, Map.of());
        long buffered = eventType(host, Map.of("lengthInMinutes", 30, "beforeEventBuffer", 30));

        // 09:00-10:00 against 10:00-10:30, whose 30 minutes before-buffer reaches back to 09:30.
        List<Response> responses = fire(20, i -> booker.call()
                .body(i % 2 == 0 ? request(hour, TUESDAY_9, Map.of()) : request(buffered, "2030-01-08T10:00:00Z", Map.of()))
                .post("/v2/bookings"));

        assertOneWinner(responses, 20);
        assertEquals(1, liveBookings(hour) + liveBookings(buffered));
    }

    @Test
    void adjacentBookingsOfOneHostBothSucceed() throws Exception {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());

        List<Response> responses = fire(2, i -> booker.call()
                .body(request(eventType, i == 0 ? TUESDAY_9 : "2030-01-08T10:00:00Z", Map.of())).post("/v2/bookings"));

        assertEquals(Map.of(201, 2L), statusCounts(responses));
        assertEquals(2, blockingRows(host));
    }

    @Test
    void parallelRetriesWithOneIdempotencyKeyMakeOneBooking() throws Exception {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        Map<String, Object> body = request(eventType, TUESDAY_9, Map.of());
        String key = "retry-" + java.util.UUID.randomUUID();

        List<Response> responses = fire(10, i -> booker.call().header("Idempotency-Key", key).body(body).post("/v2/bookings"));

        // The first creates it; the others replay it (201) or are told it is still in flight (409), never a second booking.
        assertEquals(java.util.Set.of(), statusCounts(responses).keySet().stream().filter(s -> s != 201 && s != 409)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).map(r -> r.jsonPath().getString("data.uid"))
                .distinct().count());
        assertEquals(1, liveBookings(eventType));
    }

    @Test
    void aBookingWaitsForTheHostLockAndThenSeesWhatItsHolderCommitted() throws Exception {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        long other = eventType(host, Map.of());
        java.util.concurrent.CompletableFuture<Response> waiting;
        try (java.sql.Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (java.sql.PreparedStatement lock = holder.prepareStatement(
                    "SELECT pg_advisory_xact_lock(4242, hashtext('host:' || CAST(? AS text)))")) {
                lock.setLong(1, host.id());
                lock.executeQuery().close();
            }
            waiting = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> booker.call().body(request(eventType, TUESDAY_9, Map.of())).post("/v2/bookings"));
            Thread.sleep(1500);
            org.junit.jupiter.api.Assertions.assertFalse(waiting.isDone(), "the booking did not wait for the host's lock");
            // The lock holder books the same time (another event type of the host) and commits, which releases the lock.
            try (java.sql.PreparedStatement book = holder.prepareStatement("""
                    WITH b AS (INSERT INTO bookings (uid, event_type_id, user_id, title, start_time, end_time, status, metadata,
                                                     booking_fields_responses, created_at, updated_at)
                               VALUES (?, ?, ?, 'Held', CAST(? AS timestamptz), CAST(? AS timestamptz) + interval '1 hour',
                                       'accepted', '{}', '{}', now(), now()) RETURNING id, start_time, end_time)
                    INSERT INTO booking_hosts (booking_id, user_id, busy, blocking)
                    SELECT id, ?, tstzrange(start_time, end_time, '[)'), TRUE FROM b""")) {
                book.setString(1, java.util.UUID.randomUUID().toString());
                book.setLong(2, other);
                book.setLong(3, host.id());
                book.setString(4, TUESDAY_9);
                book.setString(5, TUESDAY_9);
                book.setLong(6, host.id());
                book.executeUpdate();
            }
            holder.commit();
        }
        Response response = waiting.get(30, java.util.concurrent.TimeUnit.SECONDS);
        // Refused by the slot check, which read the host's busy time only once the lock was granted (not by the constraint).
        assertEquals(409, response.statusCode(), response.asString());
        org.junit.jupiter.api.Assertions.assertTrue(response.jsonPath().getString("error.message").contains("overlaps another booking"),
                response.asString());
        assertEquals(0, liveBookings(eventType));
    }

    private static void assertOneWinner(List<Response> responses, int total) {
        assertEquals(Map.of(201, 1L, 409, (long) total - 1), statusCounts(responses),
                () -> responses.stream().filter(r -> r.statusCode() != 201 && r.statusCode() != 409).findFirst()
                        .map(Response::asString).orElse(""));
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals("CONFLICT", r.jsonPath().getString("error.code"), r.asString()));
    }

    private long liveBookings(long eventType) throws Exception {
        return number(dataSource, "SELECT count(*) FROM bookings WHERE event_type_id = ? AND status IN ('accepted', 'pending')",
                eventType);
    }

    private long blockingRows(TestUser host) throws Exception {
        return number(dataSource, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", host.id());
    }
}
