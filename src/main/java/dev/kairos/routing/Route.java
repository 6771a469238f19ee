package dev.kairos.routing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A route: when its conditions hold (and no earlier route's did), the booker goes where its action says. */
@Schema(name = "RoutingFormRoute")
public record Route(@Schema(required = true) String id, @Schema(required = true) Conditions conditions,
        @Schema(required = true) Action action) {
}
