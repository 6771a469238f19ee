package dev.kairos.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Normalises hours so that every schedule has exactly one representation.
 *
 * <p>Weekly rules may overlap or touch (Monday 09:00-12:00 and Monday 11:00-17:00, or 09:00-12:00
 * and 12:00-17:00): such windows of the same day are merged into one (09:00-17:00), because
 * availability is a set of times and a booking across the seam must be possible. After merging,
 * the days that share exactly the same window are grouped into one rule again, so Mon-Fri
 * 09:00-17:00 stays one rule. Rules come out ordered by their first day, then start, then end.
 */
final class HoursMerger {

    private static final Comparator<TimeWindow> BY_START = Comparator.comparing(TimeWindow::start)
            .thenComparing(TimeWindow::end);

    private HoursMerger() {
    }

    /** Merges overlapping or touching windows; the result is sorted and disjoint. */
    static List<TimeWindow> merge(List<TimeWindow> windows) {
        List<TimeWindow> sorted = new ArrayList<>(windows);
        sorted.sort(BY_START);
        List<TimeWindow> merged = new ArrayList<>();
        for (TimeWindow window : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).overlapsOrTouches(window)) {
                TimeWindow previous = merged.get(last);
                LocalTime end = previous.end().isAfter(window.end()) ? previous.end() : window.end();
                merged.set(last, new TimeWindow(previous.start(), end));
            } else {
                merged.add(window);
            }
        }
        return merged;
    }

    /** Merges the windows of each day, then groups the days that share a window (see the class comment). */
    static List<WeeklyRule> mergeWeekly(List<WeeklyRule> rules) {
        Map<DayOfWeek, List<TimeWindow>> byDay = new EnumMap<>(DayOfWeek.class);
        for (WeeklyRule rule : rules) {
            for (DayOfWeek day : rule.days()) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(rule.window());
            }
        }
        Map<TimeWindow, Set<DayOfWeek>> daysByWindow = new LinkedHashMap<>();
        byDay.forEach((day, windows) -> merge(windows)
                .forEach(window -> daysByWindow.computeIfAbsent(window, w -> EnumSet.noneOf(DayOfWeek.class)).add(day)));
        List<WeeklyRule> merged = new ArrayList<>();
        daysByWindow.forEach((window, days) -> merged.add(new WeeklyRule(days, window.start(), window.end())));
        merged.sort(Comparator.<WeeklyRule, DayOfWeek>comparing(rule -> EnumSet.copyOf(rule.days()).iterator().next())
                .thenComparing(WeeklyRule::start).thenComparing(WeeklyRule::end));
        return merged;
    }
}
