package dev.kairos.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HoursMergerTest {

    private static TimeWindow w(String start, String end) {
        return new TimeWindow(LocalTime.parse(start), end.equals("24:00") ? LocalTime.MAX : LocalTime.parse(end));
    }

    private static WeeklyRule rule(Set<DayOfWeek> days, String start, String end) {
        TimeWindow window = w(start, end);
        return new WeeklyRule(days, window.start(), window.end());
    }

    @Test
    void overlappingTouchingAndContainedWindowsBecomeOne() {
        assertEquals(List.of(w("08:00", "17:00"), w("18:00", "24:00")),
                HoursMerger.merge(List.of(w("12:00", "17:00"), w("18:00", "24:00"), w("08:00", "12:00"), w("09:00", "10:00"),
                        w("20:00", "24:00"))));
    }

    @Test
    void separateWindowsStaySeparateAndSorted() {
        assertEquals(List.of(w("09:00", "10:00"), w("10:01", "11:00")),
                HoursMerger.merge(List.of(w("10:01", "11:00"), w("09:00", "10:00"))));
    }

    @Test
    void weeklyRulesAreMergedPerDayThenRegroupedByWindow() {
        List<WeeklyRule> merged = HoursMerger.mergeWeekly(List.of(
                rule(EnumSet.of(MONDAY, TUESDAY), "09:00", "12:00"),
                rule(EnumSet.of(MONDAY), "11:00", "17:00"),
                rule(EnumSet.of(TUESDAY), "12:00", "13:00"),
                rule(EnumSet.of(WEDNESDAY, FRIDAY), "09:00", "12:00"),
                rule(EnumSet.of(SUNDAY), "00:00", "24:00")));
        assertEquals(List.of(
                rule(EnumSet.of(MONDAY), "09:00", "17:00"),
                rule(EnumSet.of(TUESDAY), "09:00", "13:00"),
                rule(EnumSet.of(WEDNESDAY, FRIDAY), "09:00", "12:00"),
                rule(EnumSet.of(SUNDAY), "00:00", "24:00")), merged);
    }

    @Test
    void rulesSharingAWindowAreOneRule() {
        assertEquals(List.of(rule(EnumSet.of(MONDAY, TUESDAY), "09:00", "12:00"), rule(EnumSet.of(MONDAY, TUESDAY), "13:00", "17:00")),
                HoursMerger.mergeWeekly(List.of(rule(EnumSet.of(TUESDAY), "13:00", "17:00"), rule(EnumSet.of(MONDAY), "09:00", "12:00"),
                        rule(EnumSet.of(MONDAY), "13:00", "17:00"), rule(EnumSet.of(TUESDAY), "09:00", "12:00"))));
    }

    @Test
    void aWindowMustStartBeforeItEnds() {
        assertThrows(IllegalArgumentException.class, () -> w("10:00", "10:00"));
        assertTrue(w("23:00", "24:00").endsAtEndOfDay());
    }

    @Test
    void hoursOnADateComeFromItsOverrideOrElseItsWeekday() {
        ScheduleAvailability hours = new ScheduleAvailability(1, 2, ZoneId.of("Europe/Berlin"),
                List.of(rule(EnumSet.of(MONDAY), "13:00", "17:00"), rule(EnumSet.of(MONDAY, TUESDAY), "09:00", "12:00")),
                List.of(new DateOverride(LocalDate.parse("2025-12-23"), List.of(w("10:00", "11:00"))),
                        new DateOverride(LocalDate.parse("2025-12-22"), List.of())));
        assertEquals(List.of(w("09:00", "12:00"), w("13:00", "17:00")), hours.hoursOn(LocalDate.parse("2025-12-15")));
        assertEquals(List.of(), hours.hoursOn(LocalDate.parse("2025-12-22")));
        assertEquals(List.of(w("10:00", "11:00")), hours.hoursOn(LocalDate.parse("2025-12-23")));
        assertEquals(List.of(), hours.hoursOn(LocalDate.parse("2025-12-24")));
        assertEquals(LocalDate.parse("2025-12-22"), hours.overrides().get(0).date());
        assertTrue(hours.overrides().get(0).dayOff());
    }
}
