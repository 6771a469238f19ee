package dev.kairos.webhook;

import dev.kairos.webhook.api.DeliveryResponse;
import dev.kairos.webhook.api.WebhookResponse;
import java.util.List;

/** Maps webhooks and deliveries to their response records. */
final class WebhookViews {

    private WebhookViews() {
    }

    static WebhookResponse masked(Webhook webhook) {
        return of(webhook, mask(webhook.secret));
    }

    static WebhookResponse withSecret(Webhook webhook) {
        return of(webhook, webhook.secret);
    }

    static DeliveryResponse delivery(WebhookDelivery delivery) {
        return new DeliveryResponse(delivery.id, delivery.eventId, delivery.trigger, delivery.status, delivery.attempts,
                delivery.lastStatusCode, delivery.lastError, delivery.createdAt, delivery.deliveredAt, delivery.nextAttemptAt);
    }

    /** Only the last four characters, so an owner can tell secrets apart without reading them. */
    static String mask(String secret) {
        if (secret == null) {
            return null;
        }
        return "********" + (secret.length() >= 16 ? secret.substring(secret.length() - 4) : "");
    }

    private static WebhookResponse of(Webhook webhook, String secret) {
        return new WebhookResponse(webhook.id, webhook.userId, webhook.eventTypeId, webhook.subscriberUrl, webhook.active,
                List.of(webhook.triggers), webhook.payloadTemplate, secret, webhook.createdAt, webhook.updatedAt);
    }
}
