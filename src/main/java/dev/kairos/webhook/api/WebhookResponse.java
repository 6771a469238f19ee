package dev.kairos.webhook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook, Cal.com's {@code UserWebhookOutputDto} / {@code EventTypeWebhookOutputDto}: one of
 * {@code userId} and {@code eventTypeId}. {@code secret} is shown in full only when the webhook is
 * created, masked afterwards.
 */
public record WebhookResponse(
        @Schema(required = true) long id,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Set on a user's webhooks") Long userId,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Set on an event type's webhooks") Long eventTypeId,
        @Schema(required = true) String subscriberUrl,
        @Schema(required = true) boolean active,
        @Schema(required = true) List<String> triggers,
        @Schema(required = true, nullable = true) String payloadTemplate,
        @Schema(nullable = true, description = "Masked (********abcd) except in the response that created the webhook") String secret,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
