package dev.kairos.platform.auth;

import dev.kairos.apikey.ApiKey.RateLimitOverride;
import java.util.Map;

/**
 * Who is calling: an API key's owner, a managed user through an OAuth access token, or an
 * anonymous client known only by its IP address.
 *
 * @param userId        the key's owner or the token's subject; null when anonymous
 * @param apiKeyId      the key used; null for a token or when anonymous
 * @param platformAdmin whether the owner administers the whole installation (never through a token)
 * @param rateLimits    per-key rate-limit overrides by route class
 * @param clientIp      the remote address, the scope of anonymous rate limits and idempotency keys
 * @param token         the OAuth grant the call was made with; null for a key or when anonymous
 */
public record Caller(Long userId, Long apiKeyId, boolean platformAdmin, Map<String, RateLimitOverride> rateLimits,
        String clientIp, TokenGrant token) {

    public Caller(Long userId, Long apiKeyId, boolean platformAdmin, Map<String, RateLimitOverride> rateLimits, String clientIp) {
        this(userId, apiKeyId, platformAdmin, rateLimits, clientIp, null);
    }

    public static Caller anonymous(String clientIp) {
        return new Caller(null, null, false, Map.of(), clientIp, null);
    }

    /** A managed user calling with an OAuth access token: never a platform administrator, no per-key limits. */
    public static Caller ofToken(long userId, TokenGrant token, String clientIp) {
        return new Caller(userId, null, false, Map.of(), clientIp, token);
    }

    public boolean authenticated() {
        return userId != null;
    }

    /** What rate limits and idempotency keys are counted against. */
    public String scope() {
        if (apiKeyId != null) {
            return "key:" + apiKeyId;
        }
        if (token != null) {
            return "oauth:" + token.clientId() + ":" + userId;
        }
        return "ip:" + clientIp;
    }
}
