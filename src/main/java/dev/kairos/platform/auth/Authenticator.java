package dev.kairos.platform.auth;

import dev.kairos.apikey.ApiKeyValue;
import dev.kairos.apikey.Credentials;
import dev.kairos.apikey.Credentials.Credential;
import dev.kairos.oauth.AccessTokens;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.json.Instants;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Turns an {@code Authorization} header into a {@link Caller}, or explains why it cannot: a
 * {@code cal_live_} value is an API key, anything shaped like a JWT an OAuth access token.
 */
@ApplicationScoped
public class Authenticator {

    private final Credentials credentials;
    private final AccessTokens accessTokens;
    private final Clock clock;

    Authenticator(Credentials credentials, AccessTokens accessTokens, Clock clock) {
        this.credentials = credentials;
        this.accessTokens = accessTokens;
        this.clock = clock;
    }

    /**
     * @param authorization the header value, or null
     * @return the caller; anonymous when no header was sent
     * @throws ApiException 401 for a malformed, unknown, expired or revoked credential (TOKEN_EXPIRED for an
     *                      expired access token)
     */
    public Caller authenticate(String authorization, String clientIp) {
        if (authorization == null || authorization.isBlank()) {
            return Caller.anonymous(clientIp);
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw ApiException.unauthorized("Malformed Authorization header: use 'Authorization: Bearer <API key or access token>'");
        }
        String token = parts[1];
        if (ApiKeyValue.looksLikeKey(token)) {
            return keyCaller(token, clientIp);
        }
        if (AccessTokens.looksLikeJwt(token)) {
            return accessTokens.authenticate(token, clientIp);
        }
        throw ApiException.unauthorized("Invalid credentials: an API key is cal_live_ followed by 32 hex characters, "
                + "an OAuth access token is a JWT");
    }

    private Caller keyCaller(String token, String clientIp) {
        Credential key = credentials.findByHash(ApiKeyValue.hash(token))
                .orElseThrow(() -> ApiException.unauthorized("Unknown API key: create one with POST /v2/api-keys"));
        Instant now = clock.instant();
        if (key.revokedAt() != null) {
            throw ApiException.unauthorized("This API key was revoked on " + Instants.format(key.revokedAt()) + "; use another key");
        }
        if (key.isExpiredAt(now)) {
            throw ApiException.unauthorized("This API key expired on " + Instants.format(key.expiresAt())
                    + "; refresh it with POST /v2/api-keys/refresh before it expires, or create a new one");
        }
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minusSeconds(60))) {
            credentials.touch(key.keyId(), now);
        }
        return new Caller(key.userId(), key.keyId(), key.platformAdmin(), key.rateLimits(), clientIp);
    }
}
