package dev.kairos.apikey;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.apikey.ApiKey.RateLimitOverride;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The per-request read of an API key and its owner, in one indexed query over plain JDBC: it runs
 * on every authenticated request, where an entity load in a transaction would cost more than the
 * rest of the platform filters together.
 */
@ApplicationScoped
public class Credentials {

    private static final TypeReference<Map<String, RateLimitOverride>> LIMITS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    Credentials(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** What authentication needs to know about a key. */
    public record Credential(long keyId, long userId, boolean platformAdmin, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt, Map<String, RateLimitOverride> rateLimits) {

        public boolean isExpiredAt(Instant now) {
            return expiresAt != null && !expiresAt.isAfter(now);
        }
    }

    /** The key whose SHA-256 is {@code keyHash}, with its owner's administrator flag. */
    public Optional<Credential> findByHash(String keyHash) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT k.id, k.user_id, u.platform_admin, k.expires_at, k.revoked_at, k.last_used_at, k.rate_limits::text
                     FROM api_keys k JOIN users u ON u.id = k.user_id WHERE k.key_hash = ?""")) {
            statement.setString(1, keyHash);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String limits = rs.getString(7);
                return Optional.of(new Credential(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                        limits == null || limits.equals("{}") ? Map.of() : mapper.readValue(limits, LIMITS)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read an API key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records use of a key, at most once a minute whatever the request rate. */
    public void touch(long keyId, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setLong(2, keyId);
            statement.setTimestamp(3, Timestamp.from(now.minusSeconds(60)));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the use of an API key", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
