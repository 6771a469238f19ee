package dev.kairos.eventtype.api;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code bookingWindow}: {@code {type: businessDays|calendarDays, value: days, rolling}} or
 * {@code {type: range, value: ["2025-01-01", "2025-01-31"]}}; {@code {"disabled": true}} removes it.
 */
public record BookingWindowInput(
        @Pattern(regexp = "businessDays|calendarDays|range", message = "must be businessDays, calendarDays or range") String type,
        @Schema(oneOf = { Integer.class, String[].class }, description = "Days ahead (a number), or for a range two ISO dates") Object value,
        Boolean rolling, Boolean disabled) {
}
