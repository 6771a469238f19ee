package dev.kairos.webhook;

import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Test events and replays of a webhook the caller may reach (their own or their event types'). */
@ApplicationScoped
@Transactional
public class DeliveryService {

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final WebhookOutbox outbox;

    DeliveryService(WebhookRepository webhooks, DeliveryRepository deliveries, WebhookOutbox outbox) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.outbox = outbox;
    }

    /**
     * Queues a {@code PING} event for the webhook, sent even when the webhook is inactive or does
     * not subscribe to anything.
     *
     * @return the id of the queued delivery
     * @throws ApiException 404 when the webhook is not the caller's
     */
    public long ping(long userId, long webhookId) {
        return outbox.ping(reachable(userId, webhookId));
    }

    /**
     * Sends a logged delivery again, as a new delivery with the same body and {@code webhook-id}
     * (so receivers that deduplicate recognise it); the new one gets the full retry schedule.
     *
     * @throws ApiException 404 when the webhook is not the caller's or the delivery not the webhook's
     */
    public long replay(long userId, long webhookId, long deliveryId) {
        Webhook webhook = reachable(userId, webhookId);
        WebhookDelivery original = deliveries.findOfWebhook(deliveryId, webhook.id)
                .orElseThrow(() -> ApiException.notFound("Webhook " + webhookId + " has no delivery " + deliveryId));
        return outbox.replay(original);
    }

    /** The webhook when the user owns it or its event type. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Webhook reachable(long userId, long webhookId) {
        return webhooks.findReachable(webhookId, userId)
                .orElseThrow(() -> ApiException.notFound("No webhook " + webhookId + " of yours exists"));
    }
}
