package dev.kairos.routing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A choice of a select, multiselect, radio or checkbox field. */
@Schema(name = "RoutingFormFieldOptionInput")
public record OptionInput(
        @NotBlank @Size(max = FormLimits.MAX_ID) @Schema(required = true, description = "Unique within the field; rules and answers use it",
                example = "sales") String id,
        @NotBlank @Size(max = FormLimits.MAX_LABEL) @Schema(required = true, example = "Sales Demo") String label) {
}
