package dev.kairos.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One schedule as the slot engine needs it, free of persistence types: its zone, its weekly rules
 * and its date overrides, all already normalised (on every day the windows are disjoint and not
 * touching; overrides are sorted by date). Every time is wall-clock time in {@link #zone()}, so the
 * engine converts each local window to instants per date and DST days come out right.
 *
 * @param scheduleId  the schedule these hours come from
 * @param ownerId     the user the schedule belongs to
 * @param zone        the schedule's IANA zone
 * @param weeklyRules the weekly hours, by days of the week
 * @param overrides   dates whose hours replace the weekly hours, sorted by date
 */
public record ScheduleAvailability(long scheduleId, long ownerId, ZoneId zone, List<WeeklyRule> weeklyRules,
        List<DateOverride> overrides) {

    public ScheduleAvailability {
        weeklyRules = List.copyOf(weeklyRules);
        overrides = overrides.stream().sorted(Comparator.comparing(DateOverride::date)).toList();
    }

    /**
     * The local windows of {@code date}: the date's override when it has one (empty for a day off),
     * otherwise the weekly rules of its day of the week, sorted by start.
     */
    public List<TimeWindow> hoursOn(LocalDate date) {
        int low = 0;
        int high = overrides.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = overrides.get(middle).date().compareTo(date);
            if (order == 0) {
                return overrides.get(middle).windows();
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return weeklyRules.stream().filter(rule -> rule.days().contains(date.getDayOfWeek()))
                .map(WeeklyRule::window).sorted(Comparator.comparing(TimeWindow::start)).toList();
    }

    /** The overrides keyed by date, for callers that look up many dates. */
    public Map<LocalDate, DateOverride> overridesByDate() {
        return overrides.stream().collect(Collectors.toMap(DateOverride::date, Function.identity()));
    }
}
