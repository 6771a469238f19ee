package dev.kairos.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One chain of refresh tokens and the access tokens issued along it. Revoking it ends them all:
 * access tokens name their family, and authentication checks it on every request.
 */
@Entity
@Table(name = "oauth_token_families")
public class TokenFamily {

    @Id
    public UUID id;

    @Column(name = "client_pk", nullable = false, updatable = false)
    public Long clientPk;

    @Column(name = "user_id", nullable = false, updatable = false)
    public Long userId;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected TokenFamily() {
    }

    TokenFamily(long clientPk, long userId, Instant now) {
        this.id = UUID.randomUUID();
        this.clientPk = clientPk;
        this.userId = userId;
        this.createdAt = now;
    }

    /** Revoking twice keeps the first revocation time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
