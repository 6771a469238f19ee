package dev.kairos.user;

import dev.kairos.apikey.ApiKeyValue;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Makes sure the bootstrap administrator and its key exist at every start-up. Written with
 * {@code ON CONFLICT DO NOTHING} so that instances starting together do not trip over each other.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final BootstrapConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    BootstrapAdmin(BootstrapConfig config, EntityManager entityManager, Clock clock) {
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        Optional<String> key = config.apiKey().filter(k -> !k.isBlank()).or(this::devKey);
        if (key.isEmpty()) {
            LOG.info("No KAIROS_BOOTSTRAP_API_KEY set: no bootstrap administrator key was installed");
            return;
        }
        if (!ApiKeyValue.looksLikeKey(key.get())) {
            throw new IllegalStateException("KAIROS_BOOTSTRAP_API_KEY must be cal_live_ followed by 32 lowercase hex characters");
        }
        long adminId = ensureAdmin(config.adminEmail().trim().toLowerCase(java.util.Locale.ROOT));
        ensureKey(adminId, new ApiKeyValue(key.get()));
        LOG.infof("Bootstrap administrator %s is ready", config.adminEmail());
    }

    private long ensureAdmin(String email) {
        Timestamp now = Timestamp.from(clock.instant());
        String base = email.substring(0, Math.max(1, email.indexOf('@'))).replaceAll("[^a-z0-9._-]", "-");
        for (String username : new String[] { base, base + "-" + UUID.randomUUID().toString().substring(0, 8) }) {
            entityManager.createNativeQuery("""
                    INSERT INTO users (uuid, email, username, name, platform_admin, created_at, updated_at)
                    VALUES (?1, ?2, ?3, 'Administrator', TRUE, ?4, ?4) ON CONFLICT DO NOTHING""")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, email).setParameter(3, username).setParameter(4, now)
                    .executeUpdate();
            Optional<?> id = entityManager.createNativeQuery("SELECT id FROM users WHERE lower(email) = ?1")
                    .setParameter(1, email).getResultStream().findFirst();
            if (id.isPresent()) {
                entityManager.createNativeQuery("UPDATE users SET platform_admin = TRUE WHERE id = ?1")
                        .setParameter(1, id.get()).executeUpdate();
                return ((Number) id.get()).longValue();
            }
        }
        throw new IllegalStateException("Could not create the bootstrap administrator " + email);
    }

    private void ensureKey(long adminId, ApiKeyValue key) {
        entityManager.createNativeQuery("""
                INSERT INTO api_keys (user_id, name, key_hash, key_prefix, last4, created_at)
                VALUES (?1, 'bootstrap', ?2, ?3, ?4, ?5) ON CONFLICT (key_hash) DO NOTHING""")
                .setParameter(1, adminId).setParameter(2, key.hash()).setParameter(3, ApiKeyValue.PREFIX)
                .setParameter(4, key.last4()).setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
        int updated = entityManager.createNativeQuery("""
                UPDATE api_keys SET revoked_at = NULL, expires_at = NULL WHERE key_hash = ?1 AND user_id = ?2""")
                .setParameter(1, key.hash()).setParameter(2, adminId).executeUpdate();
        if (updated == 0) {
            throw new IllegalStateException("KAIROS_BOOTSTRAP_API_KEY is already the key of another user; choose a new one");
        }
    }

    /** Dev mode only: reuse or generate the key in the key file, and say where it is (never the key). */
    private Optional<String> devKey() {
        if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            return Optional.empty();
        }
        Path file = Path.of(config.keyFile());
        try {
            if (Files.exists(file)) {
                String existing = Files.readString(file).trim();
                if (ApiKeyValue.looksLikeKey(existing)) {
                    LOG.infof("Bootstrap administrator key: see %s", file.toAbsolutePath());
                    return Optional.of(existing);
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String generated = ApiKeyValue.generate().plaintext();
            Files.writeString(file, generated + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system; the file keeps the default permissions
            }
            LOG.infof("Generated a bootstrap administrator key in %s (use it as 'Authorization: Bearer <key>')",
                    file.toAbsolutePath());
            return Optional.of(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the bootstrap key file " + file.toAbsolutePath(), e);
        }
    }
}
