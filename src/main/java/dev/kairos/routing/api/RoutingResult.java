package dev.kairos.routing.api;

import dev.kairos.routing.RoutedTo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a submitted form: the stored response's id (pass it as routing.responseId when booking) and the route. */
@Schema(name = "RoutingResult")
public record RoutingResult(@Schema(required = true) long responseId, @Schema(required = true) RoutedTo routedTo) {
}
