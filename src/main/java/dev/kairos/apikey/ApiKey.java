package dev.kairos.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An API key: only its SHA-256 hash is kept, with the prefix and last four characters for display. */
@Entity
@Table(name = "api_keys")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public Long userId;

    public String name;

    @Column(name = "key_hash", nullable = false, updatable = false)
    public String keyHash;

    @Column(name = "key_prefix", nullable = false, updatable = false)
    public String keyPrefix;

    @Column(nullable = false, updatable = false)
    public String last4;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rate_limits", nullable = false)
    public Map<String, RateLimitOverride> rateLimits = new HashMap<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected ApiKey() {
    }

    ApiKey(Long userId, String name, ApiKeyValue value, Instant expiresAt, Instant now) {
        this.userId = userId;
        this.name = name;
        this.keyHash = value.hash();
        this.keyPrefix = ApiKeyValue.PREFIX;
        this.last4 = value.last4();
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    /** Revoking twice keeps the first revocation time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** A per-key rate limit for one route class. */
    public record RateLimitOverride(int perMinute, int burst) {
    }
}
