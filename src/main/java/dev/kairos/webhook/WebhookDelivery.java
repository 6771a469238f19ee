package dev.kairos.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event for one webhook: a row of the outbox (see 005-webhooks.sql). Written in the
 * transaction of the change it reports; the dispatcher moves it through pending, delivering,
 * succeeded or failed.
 */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery {

    static final String PENDING = "pending";
    static final String DELIVERING = "delivering";
    static final String SUCCEEDED = "succeeded";
    static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "webhook_id", nullable = false, updatable = false)
    public Long webhookId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String trigger;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The booking uid of a delivery scheduled for later, so that it can be dropped; else null. */
    @Column(updatable = false)
    public String subject;

    protected WebhookDelivery() {
    }

    /** A new event, due at {@code dueAt}. */
    WebhookDelivery(long webhookId, UUID eventId, String trigger, String body, Instant createdAt, Instant dueAt) {
        this.webhookId = webhookId;
        this.eventId = eventId;
        this.trigger = trigger;
        this.body = body;
        this.status = PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = dueAt;
    }
}
