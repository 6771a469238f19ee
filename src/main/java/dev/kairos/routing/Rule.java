package dev.kairos.routing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A condition on one field's answer. The value is a string (text and single option ids), a number,
 * or a list of option ids, as the field type and operator call for; it is checked when the form
 * is saved.
 */
@Schema(name = "RoutingFormRule")
public record Rule(
        @Schema(required = true) String fieldId,
        @Schema(required = true) Operator operator,
        @Schema(required = true, description = "A string, a number, or a list of option ids") Object value) {
}
