package dev.kairos.eventtype.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code bookingWindow}: {@code {type: businessDays|calendarDays, value: days, rolling}} or
 * {@code {type: range, value: ["2025-01-01", "2025-01-31"]}}; {@code {"disabled": true}} removes it.
 */
public record BookingWindowInput(
        @Pattern(regexp = "businessDays|calendarDays|range", message = "must be businessDays, calendarDays or range") String type,
        @Schema(type = SchemaType.OBJECT, description = "Days ahead (a number), or for a range two ISO dates") JsonNode value,
        Boolean rolling, Boolean disabled) {
}
