package dev.kairos.eventtype.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code seats}; {@code {"disabled": true}} makes the event type non-seated. */
public record SeatsInput(@Min(1) @Max(1000) Integer seatsPerTimeSlot, Boolean showAttendeeInfo,
        Boolean showAvailabilityCount, Boolean disabled) {
}
