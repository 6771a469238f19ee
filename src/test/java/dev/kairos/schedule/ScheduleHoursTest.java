package dev.kairos.schedule;

import static dev.kairos.schedule.ScheduleTestSupport.body;
import static dev.kairos.schedule.ScheduleTestSupport.create;
import static dev.kairos.schedule.ScheduleTestSupport.override;
import static dev.kairos.schedule.ScheduleTestSupport.rule;
import static dev.kairos.schedule.ScheduleTestSupport.with;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a schedule's hours become: merged rules, the end of the day, days off, what the slot
 * engine reads, and deletion refused while event types use the schedule.
 */
@QuarkusTest
class ScheduleHoursTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ScheduleAvailabilityReader reader;

    @Test
    void overlappingAndTouchingRulesAreMergedPerDay() {
        TestUser user = Api.newUser();
        long id = create(user, with(body("Merged", true), "availability", List.of(
                rule(List.of("Monday", "Tuesday"), "09:00", "12:00"),
                rule(List.of("Monday"), "11:00", "17:00"),
                rule(List.of("Tuesday"), "12:00", "13:00"),
                rule(List.of("Wednesday", "Wednesday"), "09:00", "12:00"),
                rule(List.of("Thursday"), "09:00", "12:00"))));
        user.call().get("/v2/schedules/" + id).then().statusCode(200).body("data.availability", equalTo(List.of(
                Map.of("days", List.of("Monday"), "startTime", "09:00", "endTime", "17:00"),
                Map.of("days", List.of("Tuesday"), "startTime", "09:00", "endTime", "13:00"),
                Map.of("days", List.of("Wednesday", "Thursday"), "startTime", "09:00", "endTime", "12:00"))));
    }

    @Test
    void anEndOf2359Or2400IsTheEndOfTheDay() throws SQLException {
        TestUser user = Api.newUser();
        long id = create(user, with(with(body("Late", true), "availability", List.of(
                rule(List.of("Friday"), "18:00", "24:00"), rule(List.of("Saturday"), "00:00", "23:59"),
                rule(List.of("Friday"), "20:00", "23:59"))), "overrides", List.of(override("2030-03-01", "22:00", "24:00"))));
        user.call().get("/v2/schedules/" + id).then().body("data.availability", equalTo(List.of(
                        Map.of("days", List.of("Friday"), "startTime", "18:00", "endTime", "23:59"),
                        Map.of("days", List.of("Saturday"), "startTime", "00:00", "endTime", "23:59"))))
                .body("data.overrides", equalTo(List.of(Map.of("date", "2030-03-01", "startTime", "22:00", "endTime", "23:59"))));
        assertEquals(List.of("24:00:00", "24:00:00", "24:00:00"),
                strings("SELECT end_time::text FROM schedule_availability WHERE schedule_id = ? UNION ALL "
                        + "SELECT end_time::text FROM schedule_overrides WHERE schedule_id = ?", id, id));
        ScheduleAvailability hours = reader.forUser(user.id(), id).orElseThrow();
        assertEquals(List.of(new TimeWindow(LocalTime.of(18, 0), LocalTime.MAX)), hours.hoursOn(LocalDate.parse("2030-03-08")));
        assertEquals(List.of(new TimeWindow(LocalTime.of(22, 0), LocalTime.MAX)), hours.hoursOn(LocalDate.parse("2030-03-01")));
    }

    @Test
    void aMidnightToMidnightOverrideIsADayOffAndWindowsOfADateAreMerged() {
        TestUser user = Api.newUser();
        long id = create(user, with(body("Holidays", true), "overrides", List.of(
                override("2030-12-25", "00:00", "00:00"), override("2030-12-24", "13:00", "15:00"),
                override("2030-12-24", "09:00", "12:00"), override("2030-12-24", "11:00", "13:00"),
                override("2030-12-24", "16:00", "17:00"), override("2030-12-25", "00:00", "00:00"))));
        user.call().get("/v2/schedules/" + id).then().body("data.overrides", equalTo(List.of(
                Map.of("date", "2030-12-24", "startTime", "09:00", "endTime", "15:00"),
                Map.of("date", "2030-12-24", "startTime", "16:00", "endTime", "17:00"),
                Map.of("date", "2030-12-25", "startTime", "00:00", "endTime", "00:00"))));
        ScheduleAvailability hours = reader.forUser(user.id(), null).orElseThrow();
        assertEquals(ZoneId.of("Europe/Rome"), hours.zone());
        assertEquals(id, hours.scheduleId());
        assertEquals(List.of(new WeeklyRule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))),
                hours.weeklyRules());
        assertEquals(2, hours.overrides().size());
        assertTrue(hours.overrides().get(1).dayOff());
        assertEquals(List.of(), hours.hoursOn(LocalDate.parse("2030-12-25")));
        assertEquals(List.of(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(15, 0)), new TimeWindow(LocalTime.of(16, 0), LocalTime.of(17, 0))),
                hours.hoursOn(LocalDate.parse("2030-12-24")));
    }

    @Test
    void theReaderFallsBackToTheDefaultAndSaysWhenThereIsNone() {
        TestUser user = Api.newUser();
        TestUser other = Api.newUser();
        assertTrue(reader.forUser(user.id(), null).isEmpty());
        long first = create(user, "First", false);
        long second = create(user, "Second", false);
        long foreign = create(other, "Foreign", true);
        assertEquals(first, reader.forUser(user.id(), null).orElseThrow().scheduleId());
        assertEquals(second, reader.forUser(user.id(), second).orElseThrow().scheduleId());
        assertTrue(reader.forUser(user.id(), foreign).isEmpty());
        user.call().delete("/v2/schedules/" + first).then().statusCode(200);
        assertTrue(reader.forUser(user.id(), null).isEmpty());
    }

    @Test
    void theReaderReadsManyHostsAtOnce() {
        TestUser withDefault = Api.newUser();
        TestUser withNamed = Api.newUser();
        TestUser withNone = Api.newUser();
        TestUser withForeign = Api.newUser();
        long defaultId = create(withDefault, "Default", true);
        create(withNamed, "Default of named", true);
        long named = create(withNamed, "Named", false);
        long foreign = create(withDefault, "Not theirs", false);
        Map<Long, ScheduleAvailability> hours = reader.forUsers(List.of(new HostSchedule(withDefault.id(), null),
                new HostSchedule(withNamed.id(), named), new HostSchedule(withNone.id(), null),
                new HostSchedule(withForeign.id(), foreign)));
        assertEquals(2, hours.size());
        assertEquals(defaultId, hours.get(withDefault.id()).scheduleId());
        assertEquals(named, hours.get(withNamed.id()).scheduleId());
        assertEquals(withNamed.id(), hours.get(withNamed.id()).ownerId());
        assertTrue(reader.forUsers(List.of()).isEmpty());
    }

    @Test
    void aScheduleThatEventTypesUseCannotBeDeleted() throws SQLException {
        TestUser user = Api.newUser();
        long id = create(user, "Busy", true);
        long direct = insertEventType(user.id(), id);
        long viaHost = insertTeamEventTypeWithHost(user.id(), id);
        user.call().delete("/v2/schedules/" + id).then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"))
                .body("error.message", equalTo("Schedule " + id + " is used by event types " + Math.min(direct, viaHost) + ", "
                        + Math.max(direct, viaHost) + "; give them another schedule (or remove it from their hosts) before deleting it"));
        update("DELETE FROM event_types WHERE id = ?", direct);
        user.call().delete("/v2/schedules/" + id).then().statusCode(409)
                .body("error.message", equalTo("Schedule " + id + " is used by event type " + viaHost
                        + "; give them another schedule (or remove it from their hosts) before deleting it"));
        update("DELETE FROM event_types WHERE id = ?", viaHost);
        user.call().delete("/v2/schedules/" + id).then().statusCode(200);
    }

    private long insertEventType(long ownerId, long scheduleId) throws SQLException {
        return insert("INSERT INTO event_types (owner_user_id, title, slug, length_in_minutes, schedule_id, created_at, updated_at) "
                + "VALUES (?, 'Call', ?, 30, ?, now(), now()) RETURNING id", ownerId, "call-" + UUID.randomUUID(), scheduleId);
    }

    private long insertTeamEventTypeWithHost(long hostId, long scheduleId) throws SQLException {
        long team = insert("INSERT INTO teams (name, slug, created_at, updated_at) VALUES ('Team', ?, now(), now()) RETURNING id",
                "team-" + UUID.randomUUID());
        long eventType = insert("INSERT INTO event_types (team_id, scheduling_type, title, slug, length_in_minutes, created_at, updated_at) "
                + "VALUES (?, 'collective', 'Team call', 'team-call', 30, now(), now()) RETURNING id", team);
        insert("INSERT INTO event_type_hosts (event_type_id, user_id, schedule_id, created_at) VALUES (?, ?, ?, now()) RETURNING id",
                eventType, hostId, scheduleId);
        return eventType;
    }

    private long insert(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = prepare(c, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = prepare(c, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private List<String> strings(String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = prepare(c, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
