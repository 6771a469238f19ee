package dev.kairos.webhook;

import static dev.kairos.webhook.WebhookFixtures.body;
import static dev.kairos.webhook.WebhookFixtures.create;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark, run on demand ({@code mvn test -Dtest=WebhookDeliveryBenchmark
 * -Dkairos.bench=true}): events committed at 200 per second for 10 s, each in its own
 * transaction as a booking would, to one local receiver; prints commit-to-delivery latency
 * percentiles, then how many deliveries per second one instance sustains on a backlog.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "kairos.bench", matches = "true")
class WebhookDeliveryBenchmark {

    private static final Pattern UID = Pattern.compile("\"uid\":\"(bench-[^\"]+)\"");

    @Inject
    WebhookOutbox outbox;

    @Test
    void latencyAt200PerSecondAndThroughput() throws Exception {
        TestUser user = Api.newUser();
        try (Receiver receiver = new Receiver()) {
            create(user, body(receiver.url("/bench"), Map.of()));
            // Warm-up (JIT, connection pools), not measured.
            for (int i = 0; i < 1000; i++) {
                int n = i;
                QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(WebhookTrigger.BOOKING_CREATED, user.id(), null, Map.of("uid", "warm-" + n)));
            }
            List<Receiver.Received> warm = receiver.next(1000, Duration.ofSeconds(60));
            long distinct = warm.stream().map(w -> w.header("webhook-id")).distinct().count();
            // At least once, but a healthy run sends each event once: a repeat means an attempt that was counted as failed.
            System.out.printf("[bench] warm-up: %d deliveries, %d events sent twice%n", warm.size(), warm.size() - distinct);
            Map<String, Instant> committed = new ConcurrentHashMap<>();
            ExecutorService writers = Executors.newFixedThreadPool(8);
            int events = 2000;
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                long due = start + i * 5_000_000L;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String uid = "bench-" + i;
                writers.execute(() -> {
                    QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(WebhookTrigger.BOOKING_CREATED, user.id(), null, Map.of("uid", uid)));
                    committed.put(uid, Instant.now());
                });
            }
            List<Receiver.Received> received = receiver.next(events, Duration.ofSeconds(60));
            writers.shutdown();
            List<Long> latencies = new ArrayList<>();
            for (Receiver.Received request : received) {
                Matcher uid = UID.matcher(request.body());
                if (!uid.find()) {
                    System.out.println("[bench] not a measured event (a repeat of the warm-up): " + request.body());
                    continue;
                }
                latencies.add(Duration.between(committed.get(uid.group(1)), request.at()).toMillis());
            }
            Collections.sort(latencies);
            System.out.printf("[bench] %d events at 200/s: delivered %d, latency ms p50 %d p95 %d p99 %d max %d%n", events, received.size(),
                    latencies.get(latencies.size() / 2), latencies.get(latencies.size() * 95 / 100), latencies.get(latencies.size() * 99 / 100),
                    latencies.get(latencies.size() - 1));
            assertEquals(events, received.size());

            // Throughput: a backlog written in one go, drained as fast as the instance can.
            int backlog = 5000;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < backlog; i++) {
                    outbox.enqueue(WebhookTrigger.BOOKING_CREATED, user.id(), null, Map.of("uid", "backlog-" + i));
                }
            });
            long drainStart = System.nanoTime();
            receiver.next(backlog, Duration.ofSeconds(120));
            double seconds = (System.nanoTime() - drainStart) / 1e9;
            System.out.printf("[bench] backlog of %d drained in %.1f s: %.0f deliveries/s%n", backlog, seconds, backlog / seconds);
        }
    }
}
