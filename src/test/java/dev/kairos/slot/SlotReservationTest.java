package dev.kairos.slot;

import static dev.kairos.slot.SlotFixtures.booking;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /v2/slots/reservations}: held slots are hidden and refused to others until they expire. */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class SlotReservationTest {

    private static final String TEN = "2030-01-08T09:00:00Z";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void monday() {
        setClock("2030-01-07T06:00:00Z");
    }

    private static List<String> listed(long eventType) {
        return anonymous().queryParam("eventTypeId", eventType).queryParam("start", "2030-01-08").queryParam("end", "2030-01-08")
                .get("/v2/slots").then().statusCode(200).extract().jsonPath().getList("data.'2030-01-08'.start");
    }

    @Test
    void aReservationHidesTheSlotUntilReleased() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        String uid = anonymous().body(Map.of("eventTypeId", eventType, "slotStart", TEN)).post("/v2/slots/reservations").then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/v2/slots/reservations/.+"))
                .body("data.eventTypeId", equalTo((int) eventType))
                .body("data.slotStart", equalTo("2030-01-08T09:00:00.000Z"))
                .body("data.slotEnd", equalTo("2030-01-08T10:00:00.000Z"))
                .body("data.slotDuration", equalTo(60))
                .body("data.reservationDuration", equalTo(5))
                .body("data.reservationUntil", equalTo("2030-01-07T06:05:00.000Z"))
                .extract().jsonPath().getString("data.reservationUid");
        assertEquals(false, listed(eventType).contains("2030-01-08T09:00:00.000Z"));
        anonymous().body(Map.of("eventTypeId", eventType, "slotStart", TEN)).post("/v2/slots/reservations").then()
                .statusCode(409).body("error.code", equalTo("CONFLICT"));
        anonymous().get("/v2/slots/reservations/" + uid).then().statusCode(200).body("data.reservationUid", equalTo(uid));
        anonymous().delete("/v2/slots/reservations/" + uid).then().statusCode(200).body("status", equalTo("success"));
        anonymous().get("/v2/slots/reservations/" + uid).then().statusCode(404);
        assertEquals(true, listed(eventType).contains("2030-01-08T09:00:00.000Z"));
    }

    @Test
    void aReservationExpires() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        String uid = anonymous().body(Map.of("eventTypeId", eventType, "slotStart", TEN)).post("/v2/slots/reservations").then()
                .statusCode(201).extract().jsonPath().getString("data.reservationUid");
        setClock("2030-01-07T06:05:01Z");
        anonymous().get("/v2/slots/reservations/" + uid).then().statusCode(404);
        assertEquals(true, listed(eventType).contains("2030-01-08T09:00:00.000Z"));
        anonymous().body(Map.of("eventTypeId", eventType, "slotStart", TEN)).post("/v2/slots/reservations").then().statusCode(201);
    }

    @Test
    void onlyTheOwnerChoosesTheHoldingTime() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        anonymous().body(Map.of("eventTypeId", eventType, "slotStart", TEN, "reservationDuration", 30))
                .post("/v2/slots/reservations").then().statusCode(403);
        host.call().body(Map.of("eventTypeId", eventType, "slotStart", TEN, "reservationDuration", 60))
                .post("/v2/slots/reservations").then().statusCode(201)
                .body("data.reservationDuration", equalTo(60))
                .body("data.reservationUntil", equalTo("2030-01-07T07:00:00.000Z"));
        host.call().body(Map.of("eventTypeId", eventType, "slotStart", "2030-01-08T11:00:00Z", "reservationDuration", 61))
                .post("/v2/slots/reservations").then().statusCode(422);
    }

    @Test
    void onlyBookableStartsCanBeReserved() throws Exception {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        booking(dataSource, host.id(), eventType, Instant.parse("2030-01-08T12:00:00Z"), Instant.parse("2030-01-08T13:00:00Z"), 0, 0);
        anonymous().body(Map.of("eventTypeId", eventType, "slotStart", "2030-01-08T12:00:00Z")).post("/v2/slots/reservations")
                .then().statusCode(409).body("error.details[0].message", equalTo("BUSY"));
        anonymous().body(Map.of("eventTypeId", eventType, "slotStart", "2030-01-08T07:00:00Z")).post("/v2/slots/reservations")
                .then().statusCode(422).body("error.details[0].message", equalTo("OUTSIDE_HOURS"));
        anonymous().body(Map.of("eventTypeId", eventType, "slotStart", "2030-01-08T09:30:00Z")).post("/v2/slots/reservations")
                .then().statusCode(422).body("error.details[0].message", equalTo("NOT_ON_SLOT_INTERVAL"));
        anonymous().body(Map.of("eventTypeId", eventType, "slotStart", "2029-01-08T09:00:00Z")).post("/v2/slots/reservations")
                .then().statusCode(422).body("error.details[0].message", equalTo("IN_THE_PAST"));
        anonymous().body(Map.of("eventTypeId", eventType, "slotStart", TEN, "slotDuration", 45)).post("/v2/slots/reservations")
                .then().statusCode(422);
        anonymous().body(Map.of("eventTypeId", 999_999_999, "slotStart", TEN)).post("/v2/slots/reservations").then().statusCode(404);
        anonymous().body(Map.of("slotStart", TEN)).post("/v2/slots/reservations").then().statusCode(422);
    }

    @Test
    void aReservationMovesAndTheOldSlotComesBack() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        String uid = anonymous().body(Map.of("eventTypeId", eventType, "slotStart", TEN)).post("/v2/slots/reservations").then()
                .statusCode(201).extract().jsonPath().getString("data.reservationUid");
        anonymous().body(Map.of("eventTypeId", eventType, "slotStart", "2030-01-08T10:00:00Z")).patch("/v2/slots/reservations/" + uid)
                .then().statusCode(200).body("data.slotStart", equalTo("2030-01-08T10:00:00.000Z"));
        List<String> slots = listed(eventType);
        assertEquals(true, slots.contains("2030-01-08T09:00:00.000Z"));
        assertEquals(false, slots.contains("2030-01-08T10:00:00.000Z"));
        // Moving it onto itself (overlapping only its own hold) works.
        anonymous().body(Map.of("eventTypeId", eventType, "slotStart", "2030-01-08T10:00:00Z")).patch("/v2/slots/reservations/" + uid)
                .then().statusCode(200);
    }

    @Test
    void concurrentReservationsOfOneSlotGiveExactlyOne() throws Exception {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(() -> anonymous().body(Map.of("eventTypeId", eventType, "slotStart", "2030-01-08T14:00:00Z"))
                        .post("/v2/slots/reservations").statusCode());
            }
            int created = 0;
            int conflicts = 0;
            for (Future<Integer> result : pool.invokeAll(calls)) {
                created += result.get() == 201 ? 1 : 0;
                conflicts += result.get() == 409 ? 1 : 0;
            }
            assertEquals(1, created);
            assertEquals(23, conflicts);
        } finally {
            pool.shutdownNow();
        }
    }
}
