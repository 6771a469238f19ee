package dev.kairos.webhook;

/**
 * Who a webhook belongs to: a user ({@code /v2/webhooks}) or one of their event types
 * ({@code /v2/event-types/{id}/webhooks}); exactly one of the two ids is set.
 */
public record WebhookOwner(Long userId, Long eventTypeId) {

    public static WebhookOwner user(long userId) {
        return new WebhookOwner(userId, null);
    }

    public static WebhookOwner eventType(long eventTypeId) {
        return new WebhookOwner(null, eventTypeId);
    }

    String describe() {
        return userId != null ? "of yours" : "of event type " + eventTypeId;
    }
}
