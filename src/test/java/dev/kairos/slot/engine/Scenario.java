package dev.kairos.slot.engine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Small builder for engine tests: one host, a few rules, readable local times out. */
final class Scenario {

    static final SlotEngine ENGINE = new SlotEngine();

    private Scenario() {
    }

    static WeeklyRule everyDay(String start, String end) {
        return new WeeklyRule(EnumSet.allOf(DayOfWeek.class), LocalTime.parse(start), LocalTime.parse(end));
    }

    static WeeklyRule weekdays(String start, String end) {
        return new WeeklyRule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.parse(start),
                LocalTime.parse(end));
    }

    static DateOverride override(String date, String start, String end) {
        return new DateOverride(java.time.LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end));
    }

    static HostInput host(long id, String zone, List<WeeklyRule> weekly, List<DateOverride> overrides,
                          List<BusyInterval> busy) {
        return HostInput.of(id, ZoneId.of(zone), weekly, overrides, busy);
    }

    static HostInput host(String zone, WeeklyRule... weekly) {
        return host(1, zone, List.of(weekly), List.of(), List.of());
    }

    /** A query over the viewer-local dates {@code fromDate..toDate} (inclusive). */
    static SlotQuery query(String now, String fromDate, String toDate, String viewer, EventRules rules,
                           HostInput... hosts) {
        ZoneId zone = ZoneId.of(viewer);
        Instant from = java.time.LocalDate.parse(fromDate).atStartOfDay(zone).toInstant();
        Instant to = java.time.LocalDate.parse(toDate).plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
        return new SlotQuery(Instant.parse(now), from, to, zone, rules, List.of(hosts), null);
    }

    static BusyInterval busy(String start, String end) {
        return BusyInterval.of(Instant.parse(start), Instant.parse(end));
    }

    /** Slot starts as local date-times of {@code zone}, e.g. "2024-03-10T03:00". */
    static List<String> local(List<Slot> slots, String zone) {
        List<String> out = new ArrayList<>();
        for (Slot s : slots) {
            out.add(LocalDateTime.ofInstant(s.start(), ZoneId.of(zone)).toString());
        }
        return out;
    }

    static List<String> utc(List<Slot> slots) {
        return slots.stream().map(s -> s.start().toString()).toList();
    }
}
