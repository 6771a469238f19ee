package dev.kairos.platform.auth;

import dev.kairos.apikey.ApiKey;
import dev.kairos.apikey.ApiKeyRepository;
import dev.kairos.apikey.ApiKeyValue;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.json.Instants;
import dev.kairos.user.User;
import dev.kairos.user.UserRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Turns an {@code Authorization} header into a {@link Caller}, or explains why it cannot. */
@ApplicationScoped
public class Authenticator {

    private final ApiKeyRepository apiKeys;
    private final UserRepository users;
    private final Clock clock;

    Authenticator(ApiKeyRepository apiKeys, UserRepository users, Clock clock) {
        this.apiKeys = apiKeys;
        this.users = users;
        this.clock = clock;
    }

    /**
     * @param authorization the header value, or null
     * @return the caller; anonymous when no header was sent
     * @throws ApiException 401 for a malformed, unknown, expired or revoked credential
     */
    public Caller authenticate(String authorization, String clientIp) {
        if (authorization == null || authorization.isBlank()) {
            return Caller.anonymous(clientIp);
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw ApiException.unauthorized("Malformed Authorization header: use 'Authorization: Bearer <API key>'");
        }
        String token = parts[1];
        if (!ApiKeyValue.looksLikeKey(token)) {
            throw ApiException.unauthorized("Invalid credentials: an API key is cal_live_ followed by 32 hex characters");
        }
        return QuarkusTransaction.joiningExisting().call(() -> fromKey(token, clientIp));
    }

    private Caller fromKey(String token, String clientIp) {
        ApiKey key = apiKeys.findByHash(ApiKeyValue.hash(token))
                .orElseThrow(() -> ApiException.unauthorized("Unknown API key: create one with POST /v2/api-keys"));
        Instant now = clock.instant();
        if (key.isRevoked()) {
            throw ApiException.unauthorized("This API key was revoked on " + Instants.format(key.revokedAt) + "; use another key");
        }
        if (key.isExpiredAt(now)) {
            throw ApiException.unauthorized("This API key expired on " + Instants.format(key.expiresAt)
                    + "; refresh it with POST /v2/api-keys/refresh before it expires, or create a new one");
        }
        User user = users.findById(key.userId);
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minusSeconds(60))) {
            apiKeys.touch(key.id, now);
        }
        return new Caller(user.id, key.id, user.platformAdmin, key.rateLimits, clientIp);
    }
}
