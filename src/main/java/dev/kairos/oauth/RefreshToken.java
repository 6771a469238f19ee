package dev.kairos.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A refresh token: only its SHA-256 is kept. It is spent once; {@code usedAt} records when. */
@Entity
@Table(name = "oauth_refresh_tokens")
public class RefreshToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "family_id", nullable = false, updatable = false)
    public UUID familyId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    public String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected RefreshToken() {
    }

    RefreshToken(UUID familyId, String tokenHash, Instant expiresAt, Instant now) {
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }
}
