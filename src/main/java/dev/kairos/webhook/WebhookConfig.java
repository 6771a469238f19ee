package dev.kairos.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook delivery: which targets are allowed, how long a receiver may take, when to retry. */
@ConfigMapping(prefix = "kairos.webhooks")
public interface WebhookConfig {

    /**
     * {@code KAIROS_WEBHOOKS_ALLOW_PRIVATE_TARGETS}: lets subscriber URLs use http and point at
     * loopback and private networks (self-hosted internal receivers); cloud metadata addresses stay
     * refused. Off by default, on in the dev and test profiles.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /**
     * {@code KAIROS_WEBHOOKS_RETRY_DELAYS}: the waits before each retry of a failed attempt; after
     * the last one the delivery is failed (and can be replayed).
     */
    @WithDefault("5s,25s,125s,625s")
    List<Duration> retryDelays();

    /** {@code KAIROS_WEBHOOKS_TIMEOUT}: how long one attempt may take, connection included. */
    @WithDefault("10s")
    Duration timeout();

    /** {@code KAIROS_WEBHOOKS_CONCURRENCY}: deliveries in flight at once per instance. */
    @WithDefault("16")
    int concurrency();

    /**
     * {@code KAIROS_WEBHOOKS_POLL_INTERVAL}: how often the dispatcher looks for due deliveries when
     * nothing wakes it (a commit on this instance wakes it at once).
     */
    @WithDefault("500ms")
    Duration pollInterval();

    /**
     * {@code KAIROS_WEBHOOKS_EXTRA_CA_CERTS}: a PEM file of CA certificates that https receivers'
     * certificates may also chain to, besides the JVM's trust store (self-hosted receivers behind a
     * private CA). The certificate must still name the subscriber URL's host. Unset by default: only
     * the JVM's trust store.
     */
    Optional<Path> extraCaCerts();
}
