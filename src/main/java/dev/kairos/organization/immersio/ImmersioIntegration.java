package dev.kairos.organization.immersio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An organisation's connection to Immersio. The secrets are kept sealed; the sync claim columns
 * are written only by {@link SyncClaims} in SQL, never through this entity.
 */
@Entity
@Table(name = "immersio_integrations")
public class ImmersioIntegration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public long organizationId;

    @Column(name = "base_url", nullable = false)
    public String baseUrl;

    @Column(name = "api_key_sealed", nullable = false)
    public String apiKeySealed;

    @Column(name = "api_key_last4")
    public String apiKeyLast4;

    @Column(name = "webhook_secret_sealed")
    public String webhookSecretSealed;

    @Column(name = "sync_enabled", nullable = false)
    public boolean syncEnabled;

    @Column(name = "sync_status", nullable = false, insertable = false, updatable = false)
    public String syncStatus;

    @Column(name = "sync_error_message", insertable = false, updatable = false)
    public String syncErrorMessage;

    @Column(name = "last_sync_at", insertable = false, updatable = false)
    public Instant lastSyncAt;

    @Column(name = "sync_log_id", insertable = false, updatable = false)
    public Long syncLogId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
