package dev.kairos.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The hours of one local date that replace the weekly rules on that date. {@code windows} are
 * sorted, disjoint and not touching; an empty list means the whole date is unavailable (the API's
 * {@code 00:00-00:00} override).
 */
public record DateOverride(LocalDate date, List<TimeWindow> windows) {

    public DateOverride {
        Objects.requireNonNull(date, "date");
        windows = List.copyOf(windows);
    }

    public boolean dayOff() {
        return windows.isEmpty();
    }
}
