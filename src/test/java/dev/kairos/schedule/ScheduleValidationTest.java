package dev.kairos.schedule;

import static dev.kairos.schedule.ScheduleTestSupport.body;
import static dev.kairos.schedule.ScheduleTestSupport.create;
import static dev.kairos.schedule.ScheduleTestSupport.override;
import static dev.kairos.schedule.ScheduleTestSupport.rule;
import static dev.kairos.schedule.ScheduleTestSupport.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every validation rule of a schedule answers 422 with the offending field. */
@QuarkusTest
class ScheduleValidationTest {

    private static final List<String> MONDAY = List.of("Monday");

    private static void refused(TestUser user, Map<String, Object> body, String field, String message) {
        user.call().body(body).post("/v2/schedules").then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.size()", equalTo(1))
                .body("error.details[0].field", equalTo(field))
                .body("error.details[0].message", containsString(message));
    }

    private static Map<String, Object> withRule(String start, String end) {
        return with(body("Hours", true), "availability", List.of(rule(MONDAY, start, end)));
    }

    private static Map<String, Object> withOverrides(List<Map<String, Object>> overrides) {
        return with(body("Hours", true), "overrides", overrides);
    }

    @Test
    void requiredFieldsAndNameAndZone() {
        TestUser user = Api.newUser();
        refused(user, with(body("Hours", true), "isDefault", null), "isDefault", "must not be null");
        refused(user, with(body("Hours", true), "name", null), "name", "must not be null");
        refused(user, with(body("Hours", true), "name", "   "), "name", "must not be blank");
        refused(user, with(body("Hours", true), "name", "n".repeat(101)), "name", "size must be between 1 and 100");
        refused(user, with(body("Hours", true), "timeZone", null), "timeZone", "must not be null");
        refused(user, with(body("Hours", true), "timeZone", "Mars/Olympus"), "timeZone", "IANA time zone");
        user.call().body(Map.of()).patch("/v2/schedules/" + create(user, "Zone", true)).then().statusCode(200);
    }

    @Test
    void timesMustBeHoursAndMinutes() {
        TestUser user = Api.newUser();
        refused(user, withRule("9:00", "17:00"), "availability[0].startTime", "HH:mm");
        refused(user, withRule("24:00", "24:00"), "availability[0].startTime", "HH:mm");
        refused(user, withRule("09:60", "17:00"), "availability[0].startTime", "HH:mm");
        refused(user, withRule("09:00", "24:01"), "availability[0].endTime", "HH:mm");
        refused(user, withRule("09:00", "5pm"), "availability[0].endTime", "HH:mm");
        refused(user, withRule("09:00", null), "availability[0].endTime", "must not be null");
    }

    @Test
    void startMustComeBeforeEnd() {
        TestUser user = Api.newUser();
        refused(user, withRule("17:00", "09:00"), "availability[0].endTime", "must be after startTime 17:00");
        refused(user, withRule("10:00", "10:00"), "availability[0].endTime", "must be after startTime 10:00");
        refused(user, withRule("23:59", "23:59"), "availability[0].endTime", "must be after startTime 23:59");
        refused(user, withRule("00:00", "00:00"), "availability[0].endTime", "must be after startTime 00:00");
        refused(user, withOverrides(List.of(override("2030-01-01", "12:00", "11:00"))), "overrides[0].endTime", "must be after");
        refused(user, withOverrides(List.of(override("2030-01-01", "12:00", "12:00"))), "overrides[0].endTime", "must be after");
    }

    @Test
    void daysMustBeNamedAndPresent() {
        TestUser user = Api.newUser();
        refused(user, with(body("Hours", true), "availability", List.of(rule(List.of("Monday", "monday"), "09:00", "10:00"))),
                "availability[0].days[1]", "must be one of Monday");
        refused(user, with(body("Hours", true), "availability", List.of(rule(List.of("Funday"), "09:00", "10:00"))),
                "availability[0].days[0]", "must be one of Monday");
        refused(user, with(body("Hours", true), "availability", List.of(rule(List.of(), "09:00", "10:00"))),
                "availability[0].days", "must not be empty");
    }

    @Test
    void overrideDatesMustBeRealDates() {
        TestUser user = Api.newUser();
        refused(user, withOverrides(List.of(override("2025/12/24", "09:00", "10:00"))), "overrides[0].date", "YYYY-MM-DD");
        refused(user, withOverrides(List.of(override("2025-02-30", "09:00", "10:00"))), "overrides[0].date", "real calendar date");
    }

    @Test
    void aDayOffCannotBeCombinedWithHoursOnTheSameDate() {
        TestUser user = Api.newUser();
        refused(user, withOverrides(List.of(override("2030-05-01", "00:00", "00:00"), override("2030-05-02", "09:00", "10:00"),
                override("2030-05-01", "09:00", "10:00"))), "overrides[2]", "both a day-off override");
    }

    @Test
    void listsHaveLimits() {
        TestUser user = Api.newUser();
        refused(user, with(body("Hours", true), "availability", Collections.nCopies(101, rule(MONDAY, "09:00", "10:00"))),
                "availability", "size must be between 0 and 100");
        refused(user, withOverrides(Collections.nCopies(367, override("2030-01-01", "09:00", "10:00"))),
                "overrides", "size must be between 0 and 366");
    }

    @Test
    void patchIsValidatedTheSameWay() {
        TestUser user = Api.newUser();
        long id = create(user, "Patched", true);
        user.call().body(Map.of("availability", List.of(rule(MONDAY, "12:00", "11:00")))).patch("/v2/schedules/" + id).then()
                .statusCode(422).body("error.details[0].field", equalTo("availability[0].endTime"));
        user.call().body(Map.of("timeZone", "Nowhere/Town")).patch("/v2/schedules/" + id).then()
                .statusCode(422).body("error.details[0].field", equalTo("timeZone"));
        user.call().body(Map.of("name", "")).patch("/v2/schedules/" + id).then()
                .statusCode(422).body("error.details[0].field", equalTo("name"));
        user.call().get("/v2/schedules/" + id).then().body("data.name", equalTo("Patched"))
                .body("data.timeZone", equalTo("Europe/Rome"));
    }

    @Test
    void severalProblemsAreReportedTogether() {
        TestUser user = Api.newUser();
        user.call().body(with(with(body("Hours", true), "availability", List.of(rule(MONDAY, "12:00", "11:00"))), "overrides",
                List.of(override("2030-02-30", "09:00", "10:00")))).post("/v2/schedules").then().statusCode(422)
                .body("error.details.field", equalTo(List.of("availability[0].endTime", "overrides[0].date")));
    }
}
