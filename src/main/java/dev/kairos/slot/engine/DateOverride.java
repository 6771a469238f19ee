package dev.kairos.slot.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Hours for one local date of the schedule, replacing every weekly rule of that date. Several
 * overrides may share a date (several windows). {@code 00:00-00:00} makes the date a day off. Ends
 * follow {@link WeeklyRule}'s conventions.
 */
public record DateOverride(LocalDate date, LocalTime start, LocalTime end) {
    public DateOverride {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** True when this override only marks the date as unavailable. */
    public boolean dayOff() {
        return start.equals(end);
    }
}
