package dev.kairos.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Idempotency keys: how long outcomes are kept and how long a request may hold its key. */
@ConfigMapping(prefix = "kairos.idempotency")
public interface IdempotencyConfig {

    /** How long a stored outcome is replayed; {@code KAIROS_IDEMPOTENCY_RETENTION}. */
    @WithDefault("24h")
    Duration retention();

    /**
     * How long the in-flight marker lives: if an instance dies mid-request the key becomes usable
     * again after this; {@code KAIROS_IDEMPOTENCY_IN_FLIGHT_TIMEOUT}.
     */
    @WithDefault("60s")
    Duration inFlightTimeout();
}
