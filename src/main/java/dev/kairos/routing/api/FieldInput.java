package dev.kairos.routing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question of the form. select, multiselect, radio and checkbox fields need options; the others have none. */
@Schema(name = "RoutingFormFieldInput")
public record FieldInput(
        @NotBlank @Size(max = FormLimits.MAX_ID) @Schema(required = true, description = "Unique within the form; answers are keyed by it",
                example = "service") String id,
        @NotBlank @Size(max = FormLimits.MAX_LABEL) @Schema(required = true, example = "What service do you need?") String label,
        @NotBlank @Schema(required = true, enumeration = { "text", "email", "phone", "number", "select", "multiselect", "radio",
                "checkbox" }, description = "checkbox is a list of boxes: its answer is the ids of the options ticked") String type,
        @Schema(description = "Default false") Boolean required,
        @Valid @Size(max = FormLimits.MAX_OPTIONS) List<@NotNull OptionInput> options) {
}
