package dev.kairos.schedule;

import dev.kairos.platform.jdbc.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a host's hours for the slot engine and the booking check, as plain records with no
 * persistence types.
 */
@ApplicationScoped
public class ScheduleAvailabilityReader {

    private final ScheduleRepository schedules;

    ScheduleAvailabilityReader(ScheduleRepository schedules) {
        this.schedules = schedules;
    }

    /**
     * The hours of {@code scheduleId} or, when it is null (an event type or host that names no
     * schedule), of the user's default schedule.
     *
     * @return empty when the user has no default schedule, or when {@code scheduleId} is not one of
     *         the user's schedules: either way the user has no available time
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<ScheduleAvailability> forUser(long userId, Long scheduleId) {
        // One round trip: this runs on every slot listing and every booking check.
        String zone = null;
        long id = 0;
        List<WeeklyRule> weekly = new ArrayList<>();
        Map<LocalDate, List<TimeWindow>> overrides = new TreeMap<>();
        for (String[] row : Jdbc.prepared(schedules.getEntityManager(), """
                WITH s AS (SELECT id, time_zone FROM schedules WHERE user_id = ?
                           AND id = COALESCE(CAST(? AS bigint), (SELECT default_schedule_id FROM users WHERE id = ?)))
                SELECT 'S', s.time_zone, CAST(s.id AS text), NULL, NULL, NULL FROM s
                UNION ALL
                SELECT 'A', NULL, array_to_string(a.days, ','), NULL, to_char(a.start_time, 'HH24:MI'), to_char(a.end_time, 'HH24:MI')
                FROM schedule_availability a JOIN s ON a.schedule_id = s.id
                UNION ALL
                SELECT 'O', NULL, NULL, to_char(o.date, 'YYYY-MM-DD'), to_char(o.start_time, 'HH24:MI'), to_char(o.end_time, 'HH24:MI')
                FROM schedule_overrides o JOIN s ON o.schedule_id = s.id""", statement -> {
                    statement.setLong(1, userId);
                    Jdbc.setLong(statement, 2, scheduleId);
                    statement.setLong(3, userId);
                    List<String[]> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            String[] row = new String[6];
                            for (int i = 0; i < row.length; i++) {
                                row[i] = rows.getString(i + 1);
                            }
                            found.add(row);
                        }
                    }
                    return found;
                })) {
            switch (row[0]) {
                case "S" -> {
                    zone = row[1];
                    id = Long.parseLong(row[2]);
                }
                case "A" -> weekly.add(new WeeklyRule(days(row[2]), ClockTimes.fromStored(row[4]), ClockTimes.fromStored(row[5])));
                default -> {
                    List<TimeWindow> windows = overrides.computeIfAbsent(LocalDate.parse(row[3]), d -> new ArrayList<>());
                    if (!(row[4].equals("00:00") && row[5].equals("00:00"))) {
                        windows.add(new TimeWindow(ClockTimes.fromStored(row[4]), ClockTimes.fromStored(row[5])));
                    }
                }
            }
        }
        if (zone == null) {
            return Optional.empty();
        }
        List<DateOverride> dateOverrides = overrides.entrySet().stream()
                .map(e -> new DateOverride(e.getKey(), HoursMerger.merge(e.getValue()))).toList();
        return Optional.of(new ScheduleAvailability(id, userId, ZoneId.of(zone), weekly, dateOverrides));
    }

    private static Set<DayOfWeek> days(String isoDays) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : isoDays.split(",")) {
            days.add(DayOfWeek.of(Integer.parseInt(day)));
        }
        return days;
    }

    /**
     * {@link #forUser} for many hosts at once (team event types) in a fixed number of queries,
     * whatever the number of hosts.
     *
     * @return the hours keyed by user id; a user without hours (no default schedule, or a named
     *         schedule that is not theirs) has no entry
     */
    @Transactional
    public Map<Long, ScheduleAvailability> forUsers(Collection<HostSchedule> hosts) {
        Map<Long, Long> wanted = new HashMap<>();
        hosts.stream().filter(host -> host.scheduleId() != null).forEach(host -> wanted.put(host.userId(), host.scheduleId()));
        List<Long> withoutSchedule = hosts.stream().filter(host -> host.scheduleId() == null).map(HostSchedule::userId)
                .filter(id -> !wanted.containsKey(id)).distinct().toList();
        wanted.putAll(schedules.defaultScheduleIdsOf(withoutSchedule));
        Map<Long, ScheduleAvailability> hours = new HashMap<>();
        for (Schedule schedule : schedules.findByIds(wanted.values())) {
            if (schedule.id.equals(wanted.get(schedule.userId))) {
                hours.put(schedule.userId, schedule.toAvailability());
            }
        }
        return hours;
    }
}
