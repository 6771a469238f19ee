package dev.kairos.routing.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A condition on one field's answer. */
@Schema(name = "RoutingFormRuleInput")
public record RuleInput(
        @NotBlank @Schema(required = true, example = "service") String fieldId,
        @NotBlank @Schema(required = true, enumeration = { "equals", "not_equals", "contains", "any_of", "all_of", "greater_than",
                "less_than" }, description = "text, email, phone: equals, not_equals, contains; number: equals, not_equals, "
                        + "greater_than, less_than; select, radio: equals, not_equals, any_of, all_of; multiselect, checkbox: "
                        + "all of them but greater_than and less_than") String operator,
        @Schema(required = true, description = "A string, a number, an option id, or a list of option ids for any_of and all_of "
                + "(and for multiselect and checkbox fields)", example = "sales") Object value) {
}
