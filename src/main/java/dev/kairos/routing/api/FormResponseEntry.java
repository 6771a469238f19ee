package dev.kairos.routing.api;

import dev.kairos.routing.RoutedTo;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored response to a routing form, with where it was routed and the booking it led to. */
@Schema(name = "RoutingFormResponseEntry")
public record FormResponseEntry(
        @Schema(required = true) long id,
        @Schema(required = true) long formId,
        @Schema(required = true, description = "The answers as checked: field id -> answer") Map<String, Object> responses,
        @Schema(required = true) RoutedTo routedTo,
        @Schema(required = true, nullable = true, description = "The booking made with this response, null until then") String bookingUid,
        @Schema(required = true) Instant createdAt) {
}
