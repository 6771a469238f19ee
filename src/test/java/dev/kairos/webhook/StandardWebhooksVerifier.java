package dev.kairos.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Checks a received delivery's {@code webhook-id}, {@code webhook-timestamp} and
 * {@code webhook-signature} with the Standard Webhooks reference library, keyed as API.md says:
 * {@code whsec_} + base64 of the secret's UTF-8 bytes.
 */
final class StandardWebhooksVerifier {

    private StandardWebhooksVerifier() {
    }

    static void verify(Receiver.Received request, String secret) throws WebhookVerificationException {
        Webhook webhook = new Webhook("whsec_" + Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        webhook.verify(request.body(), Map.of(
                "webhook-id", List.of(request.header("webhook-id")),
                "webhook-timestamp", List.of(request.header("webhook-timestamp")),
                "webhook-signature", List.of(request.header("webhook-signature"))));
    }
}
