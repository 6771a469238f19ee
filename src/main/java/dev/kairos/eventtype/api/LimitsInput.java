package dev.kairos.eventtype.api;

import jakarta.validation.constraints.Positive;

/** {@code bookingLimitsCount} / {@code bookingLimitsDuration}; {@code {"disabled": true}} removes the limits. */
public record LimitsInput(@Positive Integer day, @Positive Integer week, @Positive Integer month, @Positive Integer year,
        Boolean disabled) {
}
