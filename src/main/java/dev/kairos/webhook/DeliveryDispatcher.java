package dev.kairos.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends the outbox: one loop per instance claims due deliveries ({@code FOR UPDATE SKIP LOCKED},
 * so instances share the work without double sends) and hands each to a bounded pool of workers.
 * A commit that queued deliveries wakes the loop at once; otherwise it looks every poll interval.
 * Each webhook may hold only a quarter of the workers, so one slow receiver cannot delay the others.
 * The workers are plain threads: an attempt blocks one of them until it ends, never an event loop.
 *
 * <p>Delivery timing (due times, leases, delivered-at) uses the real clock, not the business clock:
 * a frozen demo clock must not stop retries.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final Clock WALL = Clock.systemUTC();
    /** Beyond the attempt's own timeout, before another instance may take the delivery over. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final WebhookConfig config;
    private final TargetGuard guard;
    private final WebhookSender sender;
    private final MeterRegistry metrics;
    private final Timer firstAttemptLag;
    private final int perWebhook;
    private final Semaphore permits;
    private final Map<Long, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private ExecutorService workers;
    private Thread loop;

    DeliveryDispatcher(DeliveryRepository deliveries, WebhookRepository webhooks, WebhookConfig config, MeterRegistry metrics, Vertx vertx) {
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.firstAttemptLag = Timer.builder("kairos.webhooks.first.attempt.lag")
                .description("From queueing (the commit) to the end of a delivery's first attempt")
                .publishPercentiles(0.5, 0.95, 0.99).register(metrics);
        this.webhooks = webhooks;
        this.config = config;
        this.guard = TargetGuard.withSystemResolver(config.allowPrivateTargets());
        this.sender = new WebhookSender(vertx, config.timeout(), config.concurrency(), ReceiverTrust.of(config.extraCaCerts()));
        this.perWebhook = Math.max(1, config.concurrency() / 4);
        this.permits = new Semaphore(config.concurrency());
    }

    /** The clock of delivery timing. */
    static Clock wallClock() {
        return WALL;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        workers = Executors.newFixedThreadPool(config.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
        loop = new Thread(this::run, "webhook-dispatcher");
        loop.setDaemon(true);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake();
        if (workers != null) {
            workers.shutdown();
            try {
                // Unfinished deliveries stay leased; any instance takes them over when the lease ends.
                workers.awaitTermination(config.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // The sender's HTTP client closes with Vert.x, which stops after this.
    }

    /** Looks for due deliveries now (called after a commit that queued some, and when a worker frees up). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            int claimed = 0;
            try {
                claimed = dispatchDue();
            } catch (RuntimeException e) {
                LOG.warn("Webhook dispatcher could not claim deliveries; trying again shortly", e);
            }
            if (claimed == 0 || permits.availablePermits() == 0) {
                awaitWake();
            }
        }
    }

    private void awaitWake() {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    signal.wait(config.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    private int dispatchDue() {
        int free = permits.availablePermits();
        if (free == 0) {
            return 0;
        }
        List<Long> busy = inFlight.entrySet().stream().filter(e -> e.getValue().get() >= perWebhook).map(Map.Entry::getKey).toList();
        List<DeliveryRepository.Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = WALL.instant();
            List<Long> due = deliveries.dueCandidates(now, free, perWebhook, busy);
            return deliveries.claim(due, now, now.plus(config.timeout()).plus(LEASE_MARGIN));
        });
        for (DeliveryRepository.Claimed delivery : claimed) {
            permits.acquireUninterruptibly();
            inFlight.computeIfAbsent(delivery.webhookId(), id -> new AtomicInteger()).incrementAndGet();
            workers.execute(() -> deliver(delivery));
        }
        return claimed.size();
    }

    private void deliver(DeliveryRepository.Claimed delivery) {
        try {
            WebhookSender.Outcome outcome = attempt(delivery);
            if (delivery.attempts() == 1 && !delivery.scheduled()) {
                firstAttemptLag.record(Duration.between(delivery.queuedAt(), WALL.instant()));
            }
            record(delivery, outcome);
            metrics.counter("kairos.webhooks.attempts", "outcome", outcome.succeeded() ? "succeeded" : "failed").increment();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook delivery %d: the outcome could not be recorded; it is retried when its lease ends", delivery.id());
        } finally {
            inFlight.computeIfPresent(delivery.webhookId(), (id, count) -> count.decrementAndGet() <= 0 ? null : count);
            permits.release();
            wake();
        }
    }

    private WebhookSender.Outcome attempt(DeliveryRepository.Claimed delivery) {
        if (!delivery.active() && !WebhookTrigger.PING.equals(delivery.trigger())) {
            return WebhookSender.Outcome.inactive();
        }
        TargetGuard.Target target;
        try {
            target = guard.check(delivery.url());
        } catch (TargetGuard.Refused refused) {
            return new WebhookSender.Outcome(null, "subscriber URL refused: " + refused.getMessage());
        }
        return sender.send(target, delivery.body(), delivery.eventId().toString(), WALL.instant().getEpochSecond(), delivery.secret(),
                delivery.trigger());
    }

    private void record(DeliveryRepository.Claimed delivery, WebhookSender.Outcome outcome) {
        Instant now = WALL.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            if (outcome.succeeded()) {
                deliveries.succeeded(delivery.id(), delivery.attempts(), outcome.statusCode(), now);
            } else if (outcome.gone()) {
                deliveries.attemptFailed(delivery.id(), delivery.attempts(), outcome.statusCode(),
                        "the receiver answered 410 Gone: the webhook was deactivated", null);
                webhooks.deactivate(delivery.webhookId());
            } else if (outcome.notAttempted()) {
                deliveries.attemptFailed(delivery.id(), delivery.attempts(), null, outcome.error(), null);
            } else {
                List<Duration> delays = config.retryDelays();
                Instant retryAt = delivery.attempts() <= delays.size() ? now.plus(delays.get(delivery.attempts() - 1)) : null;
                deliveries.attemptFailed(delivery.id(), delivery.attempts(), outcome.statusCode(), outcome.error(), retryAt);
            }
        });
    }
}
