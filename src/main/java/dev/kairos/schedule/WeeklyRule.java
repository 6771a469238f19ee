package dev.kairos.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * On each of {@code days}, available from {@code start} to {@code end} in the schedule's zone;
 * {@code end == LocalTime.MAX} means until the end of the day.
 */
public record WeeklyRule(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    public WeeklyRule {
        Objects.requireNonNull(days, "days");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A weekly rule needs at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        new TimeWindow(start, end);
    }

    public TimeWindow window() {
        return new TimeWindow(start, end);
    }
}
