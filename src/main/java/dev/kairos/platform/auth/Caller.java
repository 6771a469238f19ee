package dev.kairos.platform.auth;

import dev.kairos.apikey.ApiKey.RateLimitOverride;
import java.util.Map;

/**
 * Who is calling: an API key's owner, or an anonymous client known only by its IP address.
 *
 * @param userId        the key's owner; null when anonymous
 * @param apiKeyId      the key used; null when anonymous
 * @param platformAdmin whether the owner administers the whole installation
 * @param rateLimits    per-key rate-limit overrides by route class
 * @param clientIp      the remote address, the scope of anonymous rate limits and idempotency keys
 */
public record Caller(Long userId, Long apiKeyId, boolean platformAdmin, Map<String, RateLimitOverride> rateLimits,
        String clientIp) {

    public static Caller anonymous(String clientIp) {
        return new Caller(null, null, false, Map.of(), clientIp);
    }

    public boolean authenticated() {
        return userId != null;
    }

    /** What rate limits and idempotency keys are counted against. */
    public String scope() {
        return apiKeyId != null ? "key:" + apiKeyId : "ip:" + clientIp;
    }
}
