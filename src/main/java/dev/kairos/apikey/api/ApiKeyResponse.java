package dev.kairos.apikey.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kairos.apikey.ApiKey;
import dev.kairos.apikey.ApiKey.RateLimitOverride;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key; {@code key} (the plaintext) only in the response that created it. */
public record ApiKeyResponse(
        @Schema(required = true) long id,
        @Schema(nullable = true) String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The key itself: shown once, at creation") String key,
        @Schema(required = true, example = "cal_live_") String keyPrefix,
        @Schema(required = true) String last4,
        @Schema(nullable = true) Instant expiresAt,
        @Schema(nullable = true) Instant revokedAt,
        @Schema(nullable = true) Instant lastUsedAt,
        @Schema(required = true) Map<String, RateLimitOverride> rateLimits,
        @Schema(required = true) Instant createdAt) {

    public static ApiKeyResponse from(ApiKey key) {
        return withPlaintext(key, null);
    }

    public static ApiKeyResponse withPlaintext(ApiKey key, String plaintext) {
        return new ApiKeyResponse(key.id, key.name, plaintext, key.keyPrefix, key.last4, key.expiresAt, key.revokedAt,
                key.lastUsedAt, key.rateLimits, key.createdAt);
    }
}
