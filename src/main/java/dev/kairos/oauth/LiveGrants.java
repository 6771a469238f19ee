package dev.kairos.oauth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The per-request check that an access token's family, client and user still exist, in one indexed
 * query over plain JDBC (like {@code apikey.Credentials}): a signature alone cannot tell that a
 * client was deleted or a family revoked.
 */
@ApplicationScoped
class LiveGrants {

    private static final TypeReference<Set<String>> PERMISSIONS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    LiveGrants(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** What authentication needs to know about a token's family: whether it was revoked, and the client's permissions now. */
    record LiveGrant(boolean revoked, Set<String> clientPermissions) {
    }

    /** The family, if it is the client's and the user's, all three still exist and the user is still of the client's organisation. */
    Optional<LiveGrant> find(UUID familyId, String clientId, long userId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT f.revoked_at IS NOT NULL, c.permissions::text
                     FROM oauth_token_families f JOIN oauth_clients c ON c.id = f.client_pk JOIN users u ON u.id = f.user_id
                     WHERE f.id = ? AND c.client_id = ? AND f.user_id = ? AND u.organization_id = c.organization_id""")) {
            statement.setObject(1, familyId);
            statement.setString(2, clientId);
            statement.setLong(3, userId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LiveGrant(rs.getBoolean(1), mapper.readValue(rs.getString(2), PERMISSIONS)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read an OAuth token family", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
