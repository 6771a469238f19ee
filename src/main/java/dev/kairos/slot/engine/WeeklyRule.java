package dev.kairos.slot.engine;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * Weekly working hours in the schedule's zone. An end of {@link LocalTime#MAX}, {@code 23:59} or
 * {@code 00:00} (with a later start) means the end of the day (24:00). A rule whose end is before
 * its start yields nothing.
 */
public record WeeklyRule(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    public WeeklyRule {
        days = Set.copyOf(days);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
