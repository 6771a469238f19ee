package dev.kairos.routing.api;

import dev.kairos.routing.Action;
import dev.kairos.routing.FormField;
import dev.kairos.routing.Route;
import dev.kairos.routing.RoutingForm;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A routing form as stored: its questions, its routes in order and its fallback. */
@Schema(name = "RoutingForm")
public record RoutingFormResponse(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "Who created it; a form without teamId is theirs alone") long userId,
        @Schema(required = true, nullable = true) Long teamId,
        @Schema(required = true) List<FormField> fields,
        @Schema(required = true) List<Route> routes,
        @Schema(required = true) Action fallbackAction,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    public static RoutingFormResponse from(RoutingForm form) {
        return new RoutingFormResponse(form.id, form.name, form.ownerUserId, form.teamId, List.copyOf(form.fields),
                List.copyOf(form.routes), form.fallbackAction, form.createdAt, form.updatedAt);
    }
}
