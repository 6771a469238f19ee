package dev.kairos.routing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A route, tried in order: the first whose conditions hold decides. */
@Schema(name = "RoutingFormRouteInput")
public record RouteInput(
        @NotBlank @Size(max = FormLimits.MAX_ID) @Schema(required = true, example = "to-sales") String id,
        @Valid @Schema(description = "Absent or without rules: the route always matches") ConditionsInput conditions,
        @NotNull @Valid @Schema(required = true) ActionInput action) {
}
