package dev.kairos.routing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One choice of a select, multiselect, radio or checkbox field; rules and answers name it by id. */
@Schema(name = "RoutingFormFieldOption")
public record FieldOption(@Schema(required = true) String id, @Schema(required = true) String label) {
}
