package dev.kairos.webhook.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a webhook's delivery log. */
public record DeliveryResponse(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The webhook-id header: the same on every attempt and replay of this event") UUID eventId,
        @Schema(required = true, example = "BOOKING_CREATED") String triggerEvent,
        @Schema(required = true, enumeration = { "pending", "delivering", "succeeded", "failed" }) String status,
        @Schema(required = true) int attempts,
        @Schema(nullable = true, description = "HTTP status of the last attempt; null when it got no response") Integer lastResponseCode,
        @Schema(nullable = true, description = "Why the last attempt failed, when it did") String lastError,
        @Schema(required = true) Instant createdAt,
        @Schema(nullable = true) Instant deliveredAt,
        @Schema(nullable = true, description = "When the next attempt is due (pending) or the current one times out (delivering)")
        Instant nextAttemptAt) {
}
