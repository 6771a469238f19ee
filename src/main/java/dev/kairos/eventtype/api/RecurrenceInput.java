package dev.kairos.eventtype.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/** {@code recurrence}; {@code {"disabled": true}} makes the event type non-recurring. */
public record RecurrenceInput(@Min(1) @Max(99) Integer interval, @Min(1) @Max(730) Integer occurrences,
        @Pattern(regexp = "weekly|monthly|yearly", message = "must be weekly, monthly or yearly") String frequency,
        Boolean disabled) {
}
