package dev.kairos.webhook.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /v2/webhooks/{id}}, Cal.com's {@code UpdateWebhookInputDto}: only the fields sent
 * change. An empty {@code payloadTemplate} removes the template.
 */
public record UpdateWebhookRequest(
        @Size(min = 1, max = 2048) String subscriberUrl,
        Boolean active,
        @Size(max = 32) @JsonAlias("eventTriggers") List<@NotNull String> triggers,
        @Size(max = 65536) String payloadTemplate,
        @Size(min = 1, max = 256) String secret) {
}
