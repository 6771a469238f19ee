package dev.kairos.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user that an OAuth client created, and so may hold its tokens. */
@Entity
@Table(name = "oauth_managed_users")
public class ManagedUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "client_pk", nullable = false, updatable = false)
    public Long clientPk;

    @Column(name = "user_id", nullable = false, updatable = false)
    public Long userId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected ManagedUser() {
    }

    ManagedUser(long clientPk, long userId, Instant now) {
        this.clientPk = clientPk;
        this.userId = userId;
        this.createdAt = now;
    }
}
