package dev.kairos.apikey;

import dev.kairos.apikey.ApiKey.RateLimitOverride;
import dev.kairos.apikey.api.CreateApiKeyRequest;
import dev.kairos.apikey.api.RefreshApiKeyRequest;
import dev.kairos.apikey.api.UpdateApiKeyRequest;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.ratelimit.RouteClass;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Creating, rotating and revoking API keys. */
@ApplicationScoped
@Transactional
public class ApiKeyService {

    private static final int DEFAULT_REFRESH_DAYS = 30;

    private final ApiKeyRepository keys;
    private final UserRepository users;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, UserRepository users, Clock clock) {
        this.keys = keys;
        this.users = users;
        this.clock = clock;
    }

    /** A new key plus its plaintext, which exists nowhere else once the response is sent. */
    public record Created(ApiKey key, ApiKeyValue value) {
    }

    /**
     * Creates a key for the caller, or for {@code request.userId()} when a platform administrator asks.
     */
    public Created create(Caller caller, CreateApiKeyRequest request) {
        long ownerId = caller.userId();
        if (request.userId() != null && request.userId() != ownerId) {
            if (!caller.platformAdmin()) {
                throw ApiException.forbidden("Only a platform administrator may create keys for another user");
            }
            if (users.findByIdOptional(request.userId()).isEmpty()) {
                throw ApiException.validation("userId", "no user " + request.userId() + " exists");
            }
            ownerId = request.userId();
        }
        Instant now = clock.instant();
        Instant expiresAt = request.expiresAt() == null ? null : request.expiresAt().toInstant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ApiException.validation("expiresAt", "must be in the future");
        }
        return issue(ownerId, request.name(), expiresAt, now);
    }

    /** Cal.com's refresh: a new key with the old one's name, and the key used for the call stops working. */
    public Created refresh(Caller caller, RefreshApiKeyRequest request) {
        if (caller.apiKeyId() == null) {
            throw ApiException.forbidden("Only a call made with an API key can refresh it");
        }
        ApiKey current = keys.findById(caller.apiKeyId());
        Instant now = clock.instant();
        current.revoke(now);
        Instant expiresAt = Boolean.TRUE.equals(request.apiKeyNeverExpires()) ? null
                : now.plus(Duration.ofDays(request.apiKeyDaysValid() == null ? DEFAULT_REFRESH_DAYS : request.apiKeyDaysValid()));
        Created created = issue(current.userId, current.name, expiresAt, now);
        created.key().rateLimits = new HashMap<>(current.rateLimits);
        return created;
    }

    /** Revokes one of the caller's keys; it fails on the next request that uses it. */
    public ApiKey revoke(long userId, long keyId) {
        ApiKey key = owned(userId, keyId);
        key.revoke(clock.instant());
        return key;
    }

    /** Renames a key (its owner) and changes its rate limits (platform administrators). */
    public ApiKey update(Caller caller, long keyId, UpdateApiKeyRequest request) {
        ApiKey key = caller.platformAdmin() ? keys.findByIdOptional(keyId).orElseThrow(() -> notFound(keyId))
                : owned(caller.userId(), keyId);
        if (request.rateLimits() != null) {
            if (!caller.platformAdmin()) {
                throw ApiException.forbidden("Only a platform administrator may change a key's rate limits");
            }
            key.rateLimits = merged(key.rateLimits, request.rateLimits());
        }
        if (request.name() != null) {
            key.name = request.name();
        }
        return key;
    }

    private Created issue(long ownerId, String name, Instant expiresAt, Instant now) {
        ApiKeyValue value = ApiKeyValue.generate();
        ApiKey key = new ApiKey(ownerId, name, value, expiresAt, now);
        keys.persist(key);
        return new Created(key, value);
    }

    private ApiKey owned(long userId, long keyId) {
        return keys.findOwned(keyId, userId).orElseThrow(() -> notFound(keyId));
    }

    private static ApiException notFound(long keyId) {
        return ApiException.notFound("No API key " + keyId);
    }

    private static Map<String, RateLimitOverride> merged(Map<String, RateLimitOverride> current,
            Map<String, UpdateApiKeyRequest.Limit> changes) {
        Map<String, RateLimitOverride> result = new HashMap<>(current);
        changes.forEach((routeClass, limit) -> {
            if (Arrays.stream(RouteClass.values()).noneMatch(c -> c.name().equals(routeClass))) {
                throw ApiException.validation("rateLimits." + routeClass,
                        "unknown route class; use one of " + Arrays.toString(RouteClass.values()));
            }
            if (limit == null) {
                result.remove(routeClass);
            } else {
                result.put(routeClass, new RateLimitOverride(limit.perMinute(), limit.burst()));
            }
        });
        return result;
    }
}
