package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_10;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API.md section 4: booking creation records its Idempotency-Key on the booking (or seat) row, so
 * a retry after Redis lost every key returns the original booking instead of a second one.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingIdempotencyTest {

    private static final Map<String, Object> SEATS = Map.of("seats",
            Map.of("seatsPerTimeSlot", 3, "showAttendeeInfo", false, "showAvailabilityCount", true));

    @Inject
    RedisDataSource redis;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    private static String newKey() {
        return "booking-" + UUID.randomUUID();
    }

    private Response create(Supplier<RequestSpecification> caller, String key, Map<String, Object> body) {
        return caller.get().header("Idempotency-Key", key).body(body).post("/v2/bookings");
    }

    @Test
    void aRedisReplayReturnsTheStoredResponse() {
        long eventType = eventType(host("UTC"), Map.of());
        String key = newKey();
        Map<String, Object> body = request(eventType, TUESDAY_9, Map.of());
        Response first = create(Api::anonymous, key, body);
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response second = create(Api::anonymous, key, body);
        second.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), second.asString());
        assertEquals(1, count("SELECT count(*) FROM bookings WHERE event_type_id = ?", eventType));
    }

    @Test
    void anAnonymousRetryAfterRedisLostItsDataReturnsTheSameBooking() {
        long eventType = eventType(host("UTC"), Map.of());
        survivesRedisLoss(Api::anonymous, eventType);
    }

    @Test
    void aRetryWithAnApiKeyAfterRedisLostItsDataReturnsTheSameBooking() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        survivesRedisLoss(host::call, eventType);
    }

    private void survivesRedisLoss(Supplier<RequestSpecification> caller, long eventType) {
        String key = newKey();
        Map<String, Object> body = request(eventType, TUESDAY_9, Map.of());
        JsonPath first = create(caller, key, body).then().statusCode(201).extract().jsonPath();
        redis.flushall();
        JsonPath retried = create(caller, key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().jsonPath();
        assertEquals(first.getString("data.uid"), retried.getString("data.uid"));
        assertEquals(first.getMap("data"), retried.getMap("data"));
        assertEquals(1, count("SELECT count(*) FROM bookings WHERE event_type_id = ?", eventType));
        assertEquals(1, count("SELECT count(*) FROM bookings WHERE idempotency_key = ?", key));

        // Redis forgot the key, the booking row did not: another request under it is refused.
        redis.flushall();
        create(caller, key, request(eventType, TUESDAY_10, Map.of())).then().statusCode(422)
                .body("status", equalTo("error"))
                .body("error.code", equalTo("VALIDATION_ERROR"));
        assertEquals(1, count("SELECT count(*) FROM bookings WHERE event_type_id = ?", eventType));
    }

    @Test
    void aSeatRetryAfterRedisLostItsDataReturnsTheSameSeat() {
        long eventType = eventType(host("UTC"), SEATS);
        String key = newKey();
        Map<String, Object> body = request(eventType, TUESDAY_9, Map.of());
        JsonPath first = create(Api::anonymous, key, body).then().statusCode(201).extract().jsonPath();
        String seatUid = first.getString("data.seatUid");
        assertNotNull(seatUid);
        BookingFixtures.book(request(eventType, TUESDAY_9, Map.of())).statusCode(201);

        redis.flushall();
        JsonPath retried = create(Api::anonymous, key, body).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().jsonPath();
        assertEquals(first.getString("data.uid"), retried.getString("data.uid"));
        assertEquals(seatUid, retried.getString("data.seatUid"));
        assertEquals(1, count("SELECT count(*) FROM bookings WHERE event_type_id = ?", eventType));
        assertEquals(2, count("SELECT count(*) FROM booking_seats s JOIN bookings b ON b.id = s.booking_id WHERE b.event_type_id = ?",
                eventType));
        assertEquals(1, count("SELECT count(*) FROM booking_seats WHERE idempotency_key = ?", key));
        anonymous().get("/v2/bookings/" + first.getString("data.uid")).then().statusCode(200);

        redis.flushall();
        create(Api::anonymous, key, request(eventType, TUESDAY_9, Map.of())).then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"));
        assertEquals(2, count("SELECT count(*) FROM booking_seats s JOIN bookings b ON b.id = s.booking_id WHERE b.event_type_id = ?",
                eventType));
    }

    @Test
    void theKeyIsScopedToTheCallerInTheDatabaseToo() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        String key = newKey();
        create(host::call, key, request(eventType, TUESDAY_9, Map.of())).then().statusCode(201);
        redis.flushall();
        // Another caller (anonymous, scoped by IP) may use the same key for its own booking.
        create(Api::anonymous, key, request(eventType, TUESDAY_10, Map.of())).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("data.start", equalTo("2030-01-08T10:00:00.000Z"));
        assertEquals(2, count("SELECT count(*) FROM bookings WHERE event_type_id = ?", eventType));
    }

    private long count(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
