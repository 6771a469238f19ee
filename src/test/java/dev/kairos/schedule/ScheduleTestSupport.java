package dev.kairos.schedule;

import dev.kairos.testing.Api.TestUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds schedule request bodies and creates schedules through the API. */
final class ScheduleTestSupport {

    private ScheduleTestSupport() {
    }

    static Map<String, Object> body(String name, boolean isDefault) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("timeZone", "Europe/Rome");
        body.put("isDefault", isDefault);
        return body;
    }

    static Map<String, Object> rule(List<String> days, String start, String end) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("days", days);
        rule.put("startTime", start);
        rule.put("endTime", end);
        return rule;
    }

    static Map<String, Object> override(String date, String start, String end) {
        return Map.of("date", date, "startTime", start, "endTime", end);
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** Creates the schedule and returns its id. */
    static long create(TestUser user, Map<String, Object> body) {
        return user.call().body(body).post("/v2/schedules").then().statusCode(201).extract().jsonPath().getLong("data.id");
    }

    static long create(TestUser user, String name, boolean isDefault) {
        return create(user, body(name, isDefault));
    }
}
