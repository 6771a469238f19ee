package dev.kairos.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner application of an organisation; only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "oauth_clients")
public class OAuthClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    public String clientId;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    public String secretHash;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public Long organizationId;

    @Column(nullable = false)
    public String name;

    // Sets, not List<String>: Hibernate resolves one basic type per Java type, and List<String> is
    // already Booking.guests' text[] (a JSON List<String> here made every booking read fail).
    // LinkedHashSet keeps the order given and is what Jackson reads the JSON array into.
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "redirect_uris", nullable = false)
    public LinkedHashSet<String> redirectUris = new LinkedHashSet<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LinkedHashSet<String> permissions = new LinkedHashSet<>();

    @Column(name = "created_by_user_id", updatable = false)
    public Long createdByUserId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected OAuthClient() {
    }

    OAuthClient(String clientId, String secretHash, long organizationId, String name, List<String> redirectUris,
            List<String> permissions, long createdByUserId, Instant now) {
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.organizationId = organizationId;
        this.name = name;
        this.redirectUris = new LinkedHashSet<>(redirectUris);
        this.permissions = new LinkedHashSet<>(permissions);
        this.createdByUserId = createdByUserId;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
