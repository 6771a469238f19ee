package dev.kairos.schedule;

import static dev.kairos.schedule.ScheduleTestSupport.body;
import static dev.kairos.schedule.ScheduleTestSupport.create;
import static dev.kairos.schedule.ScheduleTestSupport.override;
import static dev.kairos.schedule.ScheduleTestSupport.rule;
import static dev.kairos.schedule.ScheduleTestSupport.with;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The schedules API: each operation, the default schedule, PATCH semantics and ownership. */
@QuarkusTest
class ScheduleResourceTest {

    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

    @Test
    void createWithoutAvailabilityGivesWeekdaysNineToFiveAndTheFirstBecomesDefault() {
        TestUser user = Api.newUser();
        user.call().get("/v2/schedules/default").then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"))
                .body("error.message", containsString("You have no default schedule"));
        long id = user.call().body(body("Office", false)).post("/v2/schedules").then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/v2/schedules/\\d+"))
                .body("status", equalTo("success"))
                .body("data.keySet()", containsInAnyOrder("id", "ownerId", "name", "timeZone", "availability", "isDefault", "overrides"))
                .body("data.ownerId", equalTo((int) user.id()))
                .body("data.name", equalTo("Office"))
                .body("data.timeZone", equalTo("Europe/Rome"))
                .body("data.isDefault", equalTo(true))
                .body("data.availability", equalTo(List.of(Map.of("days", WEEKDAYS, "startTime", "09:00", "endTime", "17:00"))))
                .body("data.overrides", equalTo(List.of()))
                .extract().jsonPath().getLong("data.id");
        user.call().get("/v2/schedules/default").then().statusCode(200).body("data.id", equalTo((int) id))
                .body("data.isDefault", equalTo(true));
        user.call().get("/v2/me").then().body("data.defaultScheduleId", equalTo((int) id));
    }

    @Test
    void isDefaultMovesTheDefaultAndFalseLeavesItAlone() {
        TestUser user = Api.newUser();
        long first = create(user, "First", true);
        long second = user.call().body(body("Second", false)).post("/v2/schedules").then().statusCode(201)
                .body("data.isDefault", equalTo(false)).extract().jsonPath().getLong("data.id");
        long third = user.call().body(body("Third", true)).post("/v2/schedules").then().statusCode(201)
                .body("data.isDefault", equalTo(true)).extract().jsonPath().getLong("data.id");
        user.call().get("/v2/schedules/" + first).then().body("data.isDefault", equalTo(false));
        user.call().get("/v2/schedules/default").then().body("data.id", equalTo((int) third));
        user.call().body(Map.of("isDefault", true)).patch("/v2/schedules/" + second).then().statusCode(200)
                .body("data.isDefault", equalTo(true));
        user.call().body(Map.of("isDefault", false)).patch("/v2/schedules/" + second).then().statusCode(200)
                .body("data.isDefault", equalTo(true));
        user.call().get("/v2/schedules/" + third).then().body("data.isDefault", equalTo(false));
    }

    @Test
    void listIsPaginatedOldestFirst() {
        TestUser user = Api.newUser();
        long a = create(user, "A", false);
        long b = create(user, "B", false);
        create(user, "C", true);
        user.call().queryParam("limit", 2).get("/v2/schedules").then().statusCode(200)
                .body("status", equalTo("success"))
                .body("data.size()", equalTo(2))
                .body("data[0].id", equalTo((int) a))
                .body("data[0].isDefault", equalTo(false))
                .body("data[1].id", equalTo((int) b))
                .body("data[1].availability[0].startTime", equalTo("09:00"))
                .body("pagination.totalItems", equalTo(3))
                .body("pagination.returnedItems", equalTo(2))
                .body("pagination.hasMore", equalTo(true))
                .body("pagination.totalPages", equalTo(2));
        user.call().queryParam("limit", 2).queryParam("skip", 2).get("/v2/schedules").then()
                .body("data.size()", equalTo(1))
                .body("data[0].name", equalTo("C"))
                .body("data[0].isDefault", equalTo(true))
                .body("pagination.hasMore", equalTo(false))
                .body("pagination.cursor", nullValue());
        Api.newUser().call().get("/v2/schedules").then().statusCode(200).body("data.size()", equalTo(0))
                .body("pagination.totalItems", equalTo(0));
    }

    @Test
    void patchChangesOnlyWhatIsSentAndListsReplaceTheirWhole() {
        TestUser user = Api.newUser();
        Map<String, Object> original = with(with(body("Before", true), "availability",
                List.of(rule(List.of("Monday"), "08:00", "12:00"))), "overrides", List.of(override("2030-01-02", "10:00", "11:00")));
        long id = create(user, original);
        user.call().body(Map.of("name", "After")).patch("/v2/schedules/" + id).then().statusCode(200)
                .body("data.name", equalTo("After"))
                .body("data.timeZone", equalTo("Europe/Rome"))
                .body("data.availability", equalTo(List.of(Map.of("days", List.of("Monday"), "startTime", "08:00", "endTime", "12:00"))))
                .body("data.overrides", equalTo(List.of(Map.of("date", "2030-01-02", "startTime", "10:00", "endTime", "11:00"))));
        user.call().body(Map.of("timeZone", "America/New_York", "availability", List.of(rule(List.of("Friday"), "13:00", "14:00"))))
                .patch("/v2/schedules/" + id).then().statusCode(200)
                .body("data.timeZone", equalTo("America/New_York"))
                .body("data.availability", equalTo(List.of(Map.of("days", List.of("Friday"), "startTime", "13:00", "endTime", "14:00"))))
                .body("data.overrides.size()", equalTo(1));
        user.call().body(Map.of("overrides", List.of())).patch("/v2/schedules/" + id).then().statusCode(200)
                .body("data.overrides", equalTo(List.of()))
                .body("data.availability.size()", equalTo(1));
        user.call().get("/v2/schedules/" + id).then().statusCode(200)
                .body("data.name", equalTo("After"))
                .body("data.overrides", equalTo(List.of()))
                .body("data.availability[0].days", equalTo(List.of("Friday")));
    }

    @Test
    void concurrentReplacementsOfTheHoursEachSucceedAndOneWins() throws Exception {
        TestUser user = Api.newUser();
        long id = create(user, "Contended", true);
        List<String> days = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
        ExecutorService pool = Executors.newFixedThreadPool(days.size());
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String day : days) {
                statuses.add(pool.submit(() -> user.call().body(Map.of("availability", List.of(rule(List.of(day), "10:00", "11:00")),
                        "overrides", List.of(override("2030-01-01", "10:00", "11:00")))).patch("/v2/schedules/" + id).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        user.call().get("/v2/schedules/" + id).then().body("data.availability.size()", equalTo(1))
                .body("data.availability[0].days.size()", equalTo(1))
                .body("data.overrides.size()", equalTo(1));
    }

    @Test
    void anotherUsersScheduleIsNotFoundEvenForAdministrators() {
        TestUser owner = Api.newUser();
        TestUser other = Api.newUser();
        long id = create(owner, "Mine", true);
        other.call().get("/v2/schedules/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        other.call().body(Map.of("name", "Stolen")).patch("/v2/schedules/" + id).then().statusCode(404);
        other.call().delete("/v2/schedules/" + id).then().statusCode(404);
        Api.admin().get("/v2/schedules/" + id).then().statusCode(404);
        other.call().get("/v2/schedules").then().body("data.size()", equalTo(0));
        owner.call().get("/v2/schedules/" + id).then().statusCode(200).body("data.name", equalTo("Mine"));
        owner.call().get("/v2/schedules/999999999").then().statusCode(404);
    }

    @Test
    void deleteReturnsTheScheduleAndDeletingTheDefaultLeavesNone() {
        TestUser user = Api.newUser();
        long kept = create(user, "Kept", false);
        long other = create(user, "Other", true);
        user.call().delete("/v2/schedules/" + kept).then().statusCode(200)
                .body("status", equalTo("success"))
                .body("data.id", equalTo((int) kept))
                .body("data.isDefault", equalTo(false));
        user.call().get("/v2/schedules/" + kept).then().statusCode(404);
        user.call().delete("/v2/schedules/" + other).then().statusCode(200).body("data.isDefault", equalTo(true));
        user.call().get("/v2/schedules/default").then().statusCode(404);
        user.call().get("/v2/me").then().body("data.defaultScheduleId", nullValue());
        long next = create(user, "Next", false);
        user.call().get("/v2/schedules/default").then().statusCode(200).body("data.id", equalTo((int) next));
    }

    @Test
    void bothSchedulesVersionsAreAcceptedAndOthersRefused() {
        TestUser user = Api.newUser();
        create(user, "Versioned", true);
        user.call().header("cal-api-version", "2024-06-11").get("/v2/schedules").then().statusCode(200);
        user.call().header("cal-api-version", "2024-06-14").get("/v2/schedules/default").then().statusCode(200);
        user.call().header("cal-api-version", "2024-08-13").get("/v2/schedules").then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"));
    }

    @Test
    void everyOperationNeedsAKey() {
        Api.anonymous().get("/v2/schedules").then().statusCode(401);
        Api.anonymous().body(body("x", true)).post("/v2/schedules").then().statusCode(401);
    }
}
