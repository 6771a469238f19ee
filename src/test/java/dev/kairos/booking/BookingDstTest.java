package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, daylight saving time: a Berlin host's 09:00-17:00 stays 09:00-17:00 on the days the
 * clocks change (Sunday 2030-03-31, CET to CEST; Sunday 2030-10-27, CEST to CET), and a weekly
 * series keeps its local wall-clock time across the change, so its UTC time moves by an hour.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingDstTest {

    private static final Map<String, Object> WEEKLY_4 = Map.of("recurrence",
            Map.of("interval", 1, "occurrences", 4, "frequency", "weekly"));

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    @Test
    void onTheSpringChangeDayTheHoursAreNineToFiveSummerTime() {
        long eventType = eventType(everyDayHost("Europe/Berlin"), Map.of());

        // 09:00 CEST is 07:00Z; 08:00 CEST (06:00Z) is before the hours, 17:00 CEST (15:00Z) after them.
        book(request(eventType, "2030-03-31T07:00:00Z", Map.of())).statusCode(201);
        book(request(eventType, "2030-03-31T14:00:00Z", Map.of())).statusCode(201)
                .body("data.end", equalTo("2030-03-31T15:00:00.000Z"));
        book(request(eventType, "2030-03-31T06:00:00Z", Map.of())).statusCode(422).body("error.code", equalTo("VALIDATION_ERROR"));
        book(request(eventType, "2030-03-31T15:00:00Z", Map.of())).statusCode(422).body("error.code", equalTo("VALIDATION_ERROR"));
        // The day before is still winter time: 09:00 CET is 08:00Z.
        book(request(eventType, "2030-03-30T08:00:00Z", Map.of())).statusCode(201);
        book(request(eventType, "2030-03-30T07:00:00Z", Map.of())).statusCode(422);
    }

    @Test
    void theSlotsOfTheChangeDaysStartAtNineLocalTime() {
        long eventType = eventType(everyDayHost("Europe/Berlin"), Map.of());

        for (String day : List.of("2030-03-31", "2030-10-27")) {
            String offset = day.startsWith("2030-03") ? "+02:00" : "+01:00";
            anonymous().queryParams("eventTypeId", eventType, "start", day, "end", day, "timeZone", "Europe/Berlin")
                    .get("/v2/slots").then().statusCode(200)
                    .body("data.'" + day + "'", hasSize(8))
                    .body("data.'" + day + "'[0].start", equalTo(day + "T09:00:00.000" + offset))
                    .body("data.'" + day + "'[7].start", equalTo(day + "T16:00:00.000" + offset));
        }
    }

    @Test
    void onTheAutumnChangeDayTheHoursAreNineToFiveWinterTime() {
        long eventType = eventType(everyDayHost("Europe/Berlin"), Map.of());

        // 09:00 CET is 08:00Z; 08:00 CET (07:00Z) is before the hours, 17:00 CET (16:00Z) after them.
        book(request(eventType, "2030-10-27T08:00:00Z", Map.of())).statusCode(201);
        book(request(eventType, "2030-10-27T15:00:00Z", Map.of())).statusCode(201)
                .body("data.end", equalTo("2030-10-27T16:00:00.000Z"));
        book(request(eventType, "2030-10-27T07:00:00Z", Map.of())).statusCode(422).body("error.code", equalTo("VALIDATION_ERROR"));
        book(request(eventType, "2030-10-27T16:00:00Z", Map.of())).statusCode(422).body("error.code", equalTo("VALIDATION_ERROR"));
        // The day before is still summer time: 09:00 CEST is 07:00Z.
        book(request(eventType, "2030-10-26T07:00:00Z", Map.of())).statusCode(201);
    }

    @Test
    void aWeeklySeriesKeepsNineOClockAcrossTheSpringChange() {
        long eventType = eventType(host("Europe/Berlin"), WEEKLY_4);

        // Monday 2030-03-25 09:00 CET, then Mondays in summer time.
        book(request(eventType, "2030-03-25T08:00:00Z", Map.of("recurrenceCount", 3))).statusCode(201)
                .body("data", hasSize(3))
                .body("data.start", contains("2030-03-25T08:00:00.000Z", "2030-04-01T07:00:00.000Z", "2030-04-08T07:00:00.000Z"))
                .body("data.end", contains("2030-03-25T09:00:00.000Z", "2030-04-01T08:00:00.000Z", "2030-04-08T08:00:00.000Z"));
    }

    @Test
    void aWeeklySeriesKeepsNineOClockAcrossTheAutumnChange() {
        long eventType = eventType(host("Europe/Berlin"), WEEKLY_4);

        // Monday 2030-10-21 09:00 CEST, then Mondays in winter time.
        book(request(eventType, "2030-10-21T07:00:00Z", Map.of("recurrenceCount", 2))).statusCode(201)
                .body("data.start", contains("2030-10-21T07:00:00.000Z", "2030-10-28T08:00:00.000Z"));
    }

    @Test
    void aWeeklySeriesLandingOnTheChangeDayKeepsNineOClock() {
        long eventType = eventType(everyDayHost("Europe/Berlin"), WEEKLY_4);

        // Sundays 2030-03-24 (CET) and 2030-03-31, the change day itself (CEST).
        book(request(eventType, "2030-03-24T08:00:00Z", Map.of("recurrenceCount", 2))).statusCode(201)
                .body("data.start", contains("2030-03-24T08:00:00.000Z", "2030-03-31T07:00:00.000Z"));
        book(request(eventType, "2030-10-20T07:00:00Z", Map.of("recurrenceCount", 2))).statusCode(201)
                .body("data.start", contains("2030-10-20T07:00:00.000Z", "2030-10-27T08:00:00.000Z"));
    }

    @Test
    void aSeriesFollowsTheScheduleZoneNotTheHostsProfileZone() {
        // The host's profile says New York; the hours they book by are Berlin's.
        TestUser host = host("Europe/Berlin");
        host.call().body(Map.of("timeZone", "America/New_York")).patch("/v2/me").then().statusCode(200);
        long eventType = eventType(host, WEEKLY_4);

        book(request(eventType, "2030-03-25T08:00:00Z", Map.of("recurrenceCount", 2))).statusCode(201)
                .body("data.start", contains("2030-03-25T08:00:00.000Z", "2030-04-01T07:00:00.000Z"));
    }

    /** A host whose default schedule is 09:00-17:00 every day of the week in {@code zone}. */
    private static TestUser everyDayHost(String zone) {
        TestUser user = Api.newUser();
        user.call().body(Map.of("name", "Every day", "timeZone", zone, "isDefault", true, "availability",
                List.of(Map.of("days", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                        "startTime", "09:00", "endTime", "17:00"))))
                .post("/v2/schedules").then().statusCode(201);
        return user;
    }
}
