package dev.kairos.schedule;

import dev.kairos.platform.error.ErrorDetail;
import dev.kairos.schedule.api.ScheduleAvailabilityInput;
import dev.kairos.schedule.api.ScheduleOverrideInput;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the hours of a request, whose shapes bean validation has already checked, into weekly
 * rules and date overrides, noting every rule that spans several fields as a problem with the
 * field's path (e.g. {@code availability[1].endTime}) so that the client sees all of them at once.
 */
final class HoursInput {

    private static final String MIDNIGHT = "00:00";

    private HoursInput() {
    }

    /** Monday to Friday, 09:00-17:00: Cal.com's hours for a schedule created without any. */
    static List<WeeklyRule> defaultWeeklyRules() {
        return List.of(new WeeklyRule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }

    static List<WeeklyRule> weeklyRules(List<ScheduleAvailabilityInput> inputs, List<ErrorDetail> problems) {
        List<WeeklyRule> rules = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScheduleAvailabilityInput input = inputs.get(i);
            LocalTime start = ClockTimes.start(input.startTime());
            if (!start.isBefore(rawEnd(input.endTime()))) {
                problems.add(new ErrorDetail("availability[" + i + "].endTime",
                        "must be after startTime " + input.startTime() + " (use 23:59 or 24:00 for the end of the day)"));
                continue;
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            input.days().forEach(day -> days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT))));
            rules.add(new WeeklyRule(days, start, ClockTimes.end(input.endTime())));
        }
        return HoursMerger.mergeWeekly(rules);
    }

    /**
     * Groups the overrides by date and merges each date's windows. A date with a day-off override
     * ({@code 00:00}-{@code 00:00}) and other windows is a problem: the two contradict each other.
     */
    static List<DateOverride> overrides(List<ScheduleOverrideInput> inputs, List<ErrorDetail> problems) {
        Map<LocalDate, List<TimeWindow>> windows = new LinkedHashMap<>();
        Map<LocalDate, Integer> dayOffAt = new LinkedHashMap<>();
        Map<LocalDate, Integer> hoursAt = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScheduleOverrideInput input = inputs.get(i);
            LocalDate date = date(input.date(), "overrides[" + i + "].date", problems);
            if (date == null) {
                continue;
            }
            if (MIDNIGHT.equals(input.startTime()) && MIDNIGHT.equals(input.endTime())) {
                dayOffAt.putIfAbsent(date, i);
                windows.computeIfAbsent(date, d -> new ArrayList<>());
                continue;
            }
            LocalTime start = ClockTimes.start(input.startTime());
            if (!start.isBefore(rawEnd(input.endTime()))) {
                problems.add(new ErrorDetail("overrides[" + i + "].endTime", "must be after startTime " + input.startTime()
                        + " (00:00-00:00 marks the whole day unavailable; 23:59 or 24:00 is the end of the day)"));
                continue;
            }
            hoursAt.putIfAbsent(date, i);
            windows.computeIfAbsent(date, d -> new ArrayList<>()).add(new TimeWindow(start, ClockTimes.end(input.endTime())));
        }
        dayOffAt.forEach((date, index) -> {
            if (hoursAt.containsKey(date)) {
                int later = Math.max(index, hoursAt.get(date));
                problems.add(new ErrorDetail("overrides[" + later + "]", date + " has both a day-off override (00:00-00:00) and "
                        + "available hours; send either the day off or the hours for that date"));
            }
        });
        List<DateOverride> overrides = new ArrayList<>();
        windows.forEach((date, list) -> overrides.add(new DateOverride(date, HoursMerger.merge(list))));
        return overrides;
    }

    private static LocalDate date(String text, String field, List<ErrorDetail> problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new ErrorDetail(field, "must be a real calendar date YYYY-MM-DD, got " + text));
            return null;
        }
    }

    /** The end as written, for the start-before-end check: 23:59 counts as 23:59 here. */
    private static LocalTime rawEnd(String text) {
        return ClockTimes.END_OF_DAY.equals(text) ? LocalTime.MAX : ClockTimes.start(text);
    }
}
