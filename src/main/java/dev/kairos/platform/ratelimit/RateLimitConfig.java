package dev.kairos.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Rate limits per API key (per client IP when anonymous), shared by every instance through Redis.
 * Each class is set with {@code KAIROS_RATE_LIMITS_<CLASS>_PER_MINUTE} and {@code _BURST}.
 */
@ConfigMapping(prefix = "kairos.rate-limits")
public interface RateLimitConfig {

    /** Off only for benchmarks of other things; {@code KAIROS_RATE_LIMITS_ENABLED}. */
    @WithDefault("true")
    boolean enabled();

    /** {@code POST /v2/bookings}. */
    Limit bookingsCreate();

    /** {@code GET /v2/slots*}. */
    Limit slots();

    /** {@code GET /v2/bookings/{uid}}. */
    Limit bookingsGet();

    /** {@code POST /v2/webhooks}. */
    Limit webhooksCreate();

    /** Every other operation; {@code KAIROS_RATE_LIMITS_DEFAULT_PER_MINUTE} and {@code _BURST}. */
    @WithName("default")
    Limit defaults();

    default Limit of(RouteClass routeClass) {
        return switch (routeClass) {
            case BOOKINGS_CREATE -> bookingsCreate();
            case SLOTS -> slots();
            case BOOKINGS_GET -> bookingsGet();
            case WEBHOOKS_CREATE -> webhooksCreate();
            case DEFAULT -> defaults();
        };
    }

    interface Limit {
        /** Sustained requests per minute. */
        int perMinute();

        /** Requests allowed at once on a full budget; the {@code X-RateLimit-Limit} header. */
        int burst();
    }
}
