package dev.kairos.slot;

import static dev.kairos.slot.SlotFixtures.booking;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each slot-affecting event type field, set through the event types API, changes what
 * {@code GET /v2/slots} offers (host in UTC, Mon-Fri 09:00-17:00, now Monday 2030-01-07 06:00).
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class EventTypeSlotRulesTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void monday() {
        setClock("2030-01-07T06:00:00Z");
    }

    private static ValidatableResponse slots(long eventType, String from, String to, String... params) {
        var request = anonymous().queryParam("eventTypeId", eventType).queryParam("start", from).queryParam("end", to);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/v2/slots").then().statusCode(200);
    }

    @Test
    void slotIntervalAndOffsetStartMoveTheStarts() {
        TestUser host = host("UTC");
        slots(eventType(host, Map.of("slotInterval", 120)), "2030-01-08", "2030-01-08")
                .body("data.'2030-01-08'.start", contains("2030-01-08T09:00:00.000Z", "2030-01-08T11:00:00.000Z",
                        "2030-01-08T13:00:00.000Z", "2030-01-08T15:00:00.000Z"));
        slots(eventType(host, Map.of("offsetStart", 15, "slotInterval", 120)), "2030-01-08", "2030-01-08")
                .body("data.'2030-01-08'[0].start", equalTo("2030-01-08T09:15:00.000Z"));
    }

    @Test
    void lengthOptionsAreChosenWithDuration() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of("lengthInMinutes", 60, "lengthInMinutesOptions", List.of(60, 240)));
        slots(eventType, "2030-01-08", "2030-01-08", "duration", "240", "format", "range")
                .body("data.'2030-01-08'.start", contains("2030-01-08T09:00:00.000Z", "2030-01-08T13:00:00.000Z"))
                .body("data.'2030-01-08'[0].end", equalTo("2030-01-08T13:00:00.000Z"));
    }

    @Test
    void onlyTheFirstSlotOfEachDayWhenAsked() {
        TestUser host = host("UTC");
        slots(eventType(host, Map.of("onlyShowFirstAvailableSlot", true)), "2030-01-08", "2030-01-09")
                .body("data.'2030-01-08'.start", contains("2030-01-08T09:00:00.000Z"))
                .body("data.'2030-01-09'.start", contains("2030-01-09T09:00:00.000Z"));
    }

    @Test
    void theBookingWindowEndsTheOffer() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of("bookingWindow", Map.of("type", "calendarDays", "value", 2, "rolling", false)));
        slots(eventType, "2030-01-08", "2030-01-10")
                .body("data", hasKey("2030-01-08"))
                .body("data", hasKey("2030-01-09"))
                .body("data", not(hasKey("2030-01-10")));
    }

    @Test
    void aDailyCountLimitClosesTheDay() throws Exception {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of("bookingLimitsCount", Map.of("day", 1)));
        booking(dataSource, host.id(), eventType, Instant.parse("2030-01-08T09:00:00Z"), Instant.parse("2030-01-08T10:00:00Z"), 0, 0);
        slots(eventType, "2030-01-08", "2030-01-09")
                .body("data", not(hasKey("2030-01-08")))
                .body("data.'2030-01-09'[0].start", equalTo("2030-01-09T09:00:00.000Z"));
    }

    @Test
    void theEventTypesScheduleWinsOverTheDefault() {
        TestUser host = host("UTC");
        long evenings = host.call().body(Map.of("name", "Evenings", "timeZone", "UTC", "isDefault", false, "availability",
                List.of(Map.of("days", List.of("Tuesday"), "startTime", "18:00", "endTime", "20:00"))))
                .post("/v2/schedules").then().statusCode(201).extract().jsonPath().getLong("data.id");
        slots(eventType(host, Map.of("scheduleId", evenings)), "2030-01-08", "2030-01-08")
                .body("data.'2030-01-08'.start", contains("2030-01-08T18:00:00.000Z", "2030-01-08T19:00:00.000Z"));
    }
}
