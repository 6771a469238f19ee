package dev.kairos.webhook.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The delivery a ping or a replay queued; follow it in the delivery log. */
public record DeliveryReference(@Schema(required = true) long deliveryId) {
}
