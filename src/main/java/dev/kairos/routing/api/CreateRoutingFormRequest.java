package dev.kairos.routing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/routing-forms}. */
public record CreateRoutingFormRequest(
        @NotBlank @Size(max = FormLimits.MAX_NAME) @Schema(required = true, example = "Contact us") String name,
        @Schema(description = "Makes it a team form: you need ADMIN or OWNER in the team") Long teamId,
        @NotNull @Valid @Size(max = FormLimits.MAX_FIELDS) @Schema(required = true) List<@NotNull FieldInput> fields,
        @Valid @Size(max = FormLimits.MAX_ROUTES) @Schema(description = "Tried in order; default none") List<@NotNull RouteInput> routes,
        @NotNull @Valid @Schema(required = true, description = "Where to go when no route matches") ActionInput fallbackAction) {
}
