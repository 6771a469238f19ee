package dev.kairos.routing;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One question of a routing form. Only the types with options have any. */
@Schema(name = "RoutingFormField")
public record FormField(
        @Schema(required = true) String id,
        @Schema(required = true) String label,
        @Schema(required = true) FieldType type,
        @Schema(required = true) boolean required,
        @Schema(required = true) List<FieldOption> options) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<FieldOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
