package dev.kairos.webhook.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /v2/webhooks} and {@code POST /v2/event-types/{id}/webhooks}, Cal.com's
 * {@code CreateWebhookInputDto}. The PRD's {@code eventTriggers} is accepted for {@code triggers}.
 */
public record CreateWebhookRequest(
        @NotNull @Size(min = 1, max = 2048) @Schema(required = true, example = "https://partner.example.com/webhooks/cal") String subscriberUrl,
        @NotNull @Schema(required = true) Boolean active,
        @NotNull @Size(max = 32) @JsonAlias("eventTriggers")
        @Schema(required = true, description = "Cal.com trigger names (the PRD's BOOKING_NO_SHOW means BOOKING_NO_SHOW_UPDATED); see the README for those Kairos does not emit yet",
                example = "[\"BOOKING_CREATED\",\"BOOKING_RESCHEDULED\",\"BOOKING_CANCELLED\"]") List<@NotNull String> triggers,
        @Size(max = 65536) @Schema(nullable = true, description = "Mustache template of the body: {{payload.uid}}, {{payload.attendees[0].email}}; "
                + "values are escaped for JSON strings, {{{x}}} inserts one raw") String payloadTemplate,
        @Size(min = 1, max = 256) @Schema(description = "Signing secret; generated when absent. Shown in full only in this response")
        String secret) {
}
