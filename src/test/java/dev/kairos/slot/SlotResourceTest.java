package dev.kairos.slot;

import static dev.kairos.slot.SlotFixtures.booking;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.slot.SlotFixtures.seatedBooking;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v2/slots} and its PRD alias over a real schedule, event type and bookings, with the
 * business clock fixed on Monday 2030-01-07 07:00 Berlin time.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class SlotResourceTest {

    private static final String TUESDAY = "2030-01-08";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void monday() {
        setClock("2030-01-07T06:00:00Z");
    }

    private static ValidatableResponse slots(long eventTypeId, String... params) {
        var request = anonymous().queryParam("eventTypeId", eventTypeId).queryParam("start", TUESDAY).queryParam("end", TUESDAY)
                .queryParam("timeZone", "Europe/Berlin");
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/v2/slots").then();
    }

    @Test
    void aWorkingDayInTheHostsZoneIsPublic() {
        TestUser host = host("Europe/Berlin");
        long eventType = eventType(host, Map.of());
        slots(eventType).statusCode(200)
                .body("status", equalTo("success"))
                .body("data." + TUESDAY + ".start", contains("2030-01-08T09:00:00.000+01:00", "2030-01-08T10:00:00.000+01:00",
                        "2030-01-08T11:00:00.000+01:00", "2030-01-08T12:00:00.000+01:00", "2030-01-08T13:00:00.000+01:00",
                        "2030-01-08T14:00:00.000+01:00", "2030-01-08T15:00:00.000+01:00", "2030-01-08T16:00:00.000+01:00"))
                .body("data." + TUESDAY + "[0]", not(hasKey("end")));
        slots(eventType, "format", "range").body("data." + TUESDAY + "[0].end", equalTo("2030-01-08T10:00:00.000+01:00"));
        slots(eventType, "slotFormat", "range").body("data." + TUESDAY + "[7].end", equalTo("2030-01-08T17:00:00.000+01:00"));
    }

    @Test
    void datesAreTheViewersAndEmptyDatesAreAbsent() {
        TestUser host = host("Asia/Kolkata");
        long eventType = eventType(host, Map.of());
        // 09:00-17:00 IST = 03:30-11:30 UTC = 19:30 (previous day) - 03:30 in Los Angeles.
        anonymous().queryParam("eventTypeId", eventType).queryParam("start", "2030-01-08T00:00:00Z")
                .queryParam("end", "2030-01-08T23:59:59Z").queryParam("timeZone", "America/Los_Angeles")
                .get("/v2/slots").then().statusCode(200)
                .body("data.'2030-01-07'[0].start", equalTo("2030-01-07T19:30:00.000-08:00"))
                .body("data.'2030-01-08'[-1].start", equalTo("2030-01-08T02:30:00.000-08:00"));
        anonymous().queryParam("eventTypeId", eventType).queryParam("start", "2030-01-12").queryParam("end", "2030-01-13")
                .get("/v2/slots").then().statusCode(200).body("data", equalTo(Map.of()));
    }

    @Test
    void bySlugAndUsernameAndThePrdAlias() {
        TestUser host = host("Europe/Berlin");
        long eventType = eventType(host, Map.of("slug", "intro-" + host.id()));
        String username = host.call().get("/v2/me").then().extract().jsonPath().getString("data.username");
        anonymous().queryParam("eventTypeSlug", "intro-" + host.id()).queryParam("username", username)
                .queryParam("start", TUESDAY).queryParam("end", TUESDAY).get("/v2/slots").then().statusCode(200)
                .body("data." + TUESDAY + "[0].start", equalTo("2030-01-08T08:00:00.000Z"));
        anonymous().queryParam("eventTypeId", eventType).queryParam("startTime", TUESDAY).queryParam("endTime", TUESDAY)
                .queryParam("timeZone", "America/New_York").get("/v2/slots/available").then().statusCode(200)
                .body("data.slots.'2030-01-08'[0].time", equalTo("2030-01-08T03:00:00.000-05:00"));
    }

    @Test
    void bookingsAndBuffersBlockAndTheBookingBeingMovedDoesNot() throws Exception {
        TestUser host = host("Europe/Berlin");
        long eventType = eventType(host, Map.of("beforeEventBuffer", 15));
        // Booked 10:00-11:00 Berlin with a 10-minute after-buffer of its own: 11:00 needs 10:45 free.
        String uid = booking(dataSource, host.id(), eventType, Instant.parse("2030-01-08T09:00:00Z"),
                Instant.parse("2030-01-08T10:00:00Z"), 0, 10);
        slots(eventType).statusCode(200)
                .body("data." + TUESDAY + ".start", not(hasItem("2030-01-08T10:00:00.000+01:00")))
                .body("data." + TUESDAY + ".start", not(hasItem("2030-01-08T11:00:00.000+01:00")))
                .body("data." + TUESDAY + ".start", hasItem("2030-01-08T12:00:00.000+01:00"));
        slots(eventType, "bookingUidToReschedule", uid)
                .body("data." + TUESDAY + ".start", hasItem("2030-01-08T10:00:00.000+01:00"));
    }

    @Test
    void aSeatedSlotStaysListedUntilFull() throws Exception {
        TestUser host = host("Europe/Berlin");
        long eventType = eventType(host, Map.of("seats", Map.of("seatsPerTimeSlot", 3, "showAttendeeInfo", false,
                "showAvailabilityCount", true)));
        String uid = seatedBooking(dataSource, host.id(), eventType, Instant.parse("2030-01-08T09:00:00Z"),
                Instant.parse("2030-01-08T10:00:00Z"), 2);
        slots(eventType).statusCode(200)
                .body("data." + TUESDAY + "[1].start", equalTo("2030-01-08T10:00:00.000+01:00"))
                .body("data." + TUESDAY + "[1].seatsBooked", equalTo(2))
                .body("data." + TUESDAY + "[1].attendeesCount", equalTo(2))
                .body("data." + TUESDAY + "[1].seatsRemaining", equalTo(1))
                .body("data." + TUESDAY + "[1].seatsTotal", equalTo(3))
                .body("data." + TUESDAY + "[1].bookingUid", equalTo(uid))
                .body("data." + TUESDAY + "[0].seatsRemaining", equalTo(3))
                .body("data." + TUESDAY + "[0].bookingUid", nullValue());
        seatedBooking(dataSource, host.id(), eventType, Instant.parse("2030-01-08T11:00:00Z"),
                Instant.parse("2030-01-08T12:00:00Z"), 3);
        slots(eventType).body("data." + TUESDAY + ".start", not(hasItem("2030-01-08T12:00:00.000+01:00")));
    }

    @Test
    void minimumNoticeAndHiddenEventTypes() {
        TestUser host = host("Europe/Berlin");
        long eventType = eventType(host, Map.of("minimumBookingNotice", 24 * 60 + 90, "hidden", true));
        // now = Monday 07:00 Berlin; notice 25.5 h -> Tuesday 08:30, so 09:00 is the first slot; hidden still lists.
        slots(eventType).statusCode(200).body("data." + TUESDAY + "[0].start", equalTo("2030-01-08T09:00:00.000+01:00"));
        setClock("2030-01-07T08:30:00Z");
        slots(eventType).body("data." + TUESDAY + "[0].start", equalTo("2030-01-08T11:00:00.000+01:00"));
    }

    @Test
    void badQueriesAreInvalidRequestsAndUnknownEventTypesNotFound() {
        TestUser host = host("Europe/Berlin");
        long eventType = eventType(host, Map.of());
        anonymous().queryParam("eventTypeId", eventType).queryParam("start", TUESDAY).queryParam("end", TUESDAY)
                .queryParam("timeZone", "Mars/Olympus").get("/v2/slots").then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST")).body("error.message", containsString("Mars/Olympus"));
        anonymous().queryParam("eventTypeId", eventType).queryParam("start", "2030-01-09").queryParam("end", "2030-01-08")
                .get("/v2/slots").then().statusCode(400).body("error.message", equalTo("end must not be before start"));
        // 62 whole days (Jan 1 - Mar 3) are allowed; 63 are not.
        anonymous().queryParam("eventTypeId", eventType).queryParam("start", "2030-01-01").queryParam("end", "2030-03-03")
                .get("/v2/slots").then().statusCode(200);
        anonymous().queryParam("eventTypeId", eventType).queryParam("start", "2030-01-01").queryParam("end", "2030-03-04")
                .get("/v2/slots").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        anonymous().queryParam("eventTypeId", eventType).queryParam("end", "2030-01-08").get("/v2/slots").then().statusCode(400);
        anonymous().queryParam("eventTypeId", eventType).queryParam("start", "tomorrow").queryParam("end", "2030-01-08")
                .get("/v2/slots").then().statusCode(400);
        slots(eventType, "format", "grid").statusCode(400);
        slots(eventType, "duration", "45").statusCode(400);
        slots(999_999_999L).statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        anonymous().queryParam("start", TUESDAY).queryParam("end", TUESDAY).get("/v2/slots").then().statusCode(400);
        anonymous().header("cal-api-version", "2023-01-01").queryParam("eventTypeId", eventType).queryParam("start", TUESDAY)
                .queryParam("end", TUESDAY).get("/v2/slots").then().statusCode(400);
    }
}
