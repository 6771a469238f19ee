package dev.kairos.organization.immersio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The Immersio course sync: how often it runs on its own, and how patiently it talks to the
 * partner's API. Which base URLs are allowed follows the webhooks' rule
 * ({@code KAIROS_WEBHOOKS_ALLOW_PRIVATE_TARGETS}).
 */
@ConfigMapping(prefix = "kairos.immersio")
public interface ImmersioConfig {

    /**
     * {@code KAIROS_IMMERSIO_SYNC_INTERVAL}: how often every organisation with {@code syncEnabled}
     * is synced (a duration such as {@code 1h} or {@code 30m}); {@code off} runs syncs only when
     * asked ({@code POST /v2/organizations/{orgId}/sync}). Off in the test profile.
     */
    @WithDefault("1h")
    String syncInterval();

    /** {@code KAIROS_IMMERSIO_TIMEOUT}: how long one request to the partner may take, connection included. */
    @WithDefault("10s")
    Duration timeout();

    /** {@code KAIROS_IMMERSIO_RETRY_BACKOFF}: the wait before the second attempt of a failed request; it doubles for the third. */
    @WithDefault("1s")
    Duration retryBackoff();

    /**
     * {@code KAIROS_IMMERSIO_MAX_RETRY_AFTER}: the longest {@code Retry-After} the sync waits for;
     * a partner asking for longer fails that request.
     */
    @WithDefault("60s")
    Duration maxRetryAfter();

    /**
     * {@code KAIROS_IMMERSIO_SYNC_LEASE}: how long a run's claim on its organisation lasts without
     * being renewed (a running sync renews it every third of this). When an instance dies mid-run,
     * the organisation can be synced again once it ends.
     */
    @WithDefault("2m")
    Duration syncLease();

    /**
     * {@code KAIROS_IMMERSIO_MAX_CONCURRENT_RUNS}: how many sync runs one instance runs at once
     * (each with up to two requests to the partner). The scheduler claims an organisation only
     * while a run slot is free and leaves the rest to its next tick or another instance; a sync
     * asked for while every slot is busy answers 503 with {@code Retry-After}.
     */
    @WithDefault("4")
    int maxConcurrentRuns();
}
