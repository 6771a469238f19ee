package dev.kairos.schedule;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Available from {@code start} (inclusive) to {@code end} (exclusive), wall-clock times of one
 * local date in the schedule's zone. {@code end == LocalTime.MAX} means until the end of the day
 * (midnight of the next date), which is how an API end of {@code 23:59} or {@code 24:00} is kept.
 */
public record TimeWindow(LocalTime start, LocalTime end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A window must start before it ends: " + start + "-" + end);
        }
    }

    /** True when the window runs until midnight at the end of its date. */
    public boolean endsAtEndOfDay() {
        return end.equals(LocalTime.MAX);
    }

    /** Overlapping or touching windows (09:00-12:00 and 12:00-17:00) are one span of availability. */
    boolean overlapsOrTouches(TimeWindow other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }
}
