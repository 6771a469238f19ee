package dev.kairos.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A subscription: deliveries of the chosen triggers to one URL, owned by a user or an event type. */
@Entity
@Table(name = "webhooks")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", updatable = false)
    public Long userId;

    @Column(name = "event_type_id", updatable = false)
    public Long eventTypeId;

    @Column(name = "subscriber_url", nullable = false)
    public String subscriberUrl;

    @Column(nullable = false)
    public boolean active;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] triggers;

    @Column(name = "payload_template")
    public String payloadTemplate;

    /** Never leaves the server after creation except masked (see {@code WebhookResponse}). */
    public String secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected Webhook() {
    }

    Webhook(WebhookOwner owner, Instant now) {
        this.userId = owner.userId();
        this.eventTypeId = owner.eventTypeId();
        this.createdAt = now;
        this.updatedAt = now;
    }
}
