package dev.kairos.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} this request claimed, for services that also record it in
 * PostgreSQL (booking creation), so that a retry after Redis lost its record is still recognised.
 */
@RequestScoped
public class IdempotentRequest {

    /**
     * @param scope       the caller's scope ({@code key:<id>} or {@code ip:<address>})
     * @param key         the client's Idempotency-Key
     * @param fingerprint SHA-256 of method, path, query and body: tells a replay from a reuse
     */
    public record Key(String scope, String key, String fingerprint) {
    }

    private Key key;

    public Optional<Key> key() {
        return Optional.ofNullable(key);
    }

    void set(Key key) {
        this.key = key;
    }
}
