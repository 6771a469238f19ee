package dev.kairos.webhook;

import static dev.kairos.webhook.WebhookFixtures.body;
import static dev.kairos.webhook.WebhookFixtures.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** The outbox's guarantees: scheduled events, leases taken over, and claims shared without double sends. */
@QuarkusTest
class WebhookOutboxTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    WebhookOutbox outbox;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    EntityManager entityManager;

    @Test
    void scheduledEventsWaitForTheirTimeAndCanBeDropped() throws Exception {
        TestUser user = Api.newUser();
        try (Receiver receiver = new Receiver()) {
            create(user, body(receiver.url("/meetings"), Map.of("triggers", List.of("MEETING_STARTED", "MEETING_ENDED"))));
            Instant due = Instant.now().plusMillis(1500);
            String kept = "bk_" + UUID.randomUUID();
            String moved = "bk_" + UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.schedule(WebhookTrigger.MEETING_STARTED, user.id(), null, Map.of("uid", kept), due, kept);
                outbox.schedule(WebhookTrigger.MEETING_STARTED, user.id(), null, Map.of("uid", moved), due, moved);
                outbox.schedule(WebhookTrigger.MEETING_ENDED, user.id(), null, Map.of("uid", moved), due.plusMillis(100), moved);
            });
            int dropped = QuarkusTransaction.requiringNew().call(() -> outbox.dropScheduled(moved));
            assertEquals(2, dropped);

            Receiver.Received request = receiver.next(WAIT);
            assertTrue(!request.at().isBefore(due.minusMillis(50)), "sent at its time, not before: " + request.at() + " < " + due);
            assertTrue(request.body().contains("\"triggerEvent\":\"MEETING_STARTED\""), request.body());
            assertTrue(request.body().contains(kept), request.body());
            receiver.expectNothing(Duration.ofMillis(1000));
        }
    }

    @Test
    void aDeliveryLeftByADeadInstanceIsSentAgainWithTheSameId() throws Exception {
        TestUser user = Api.newUser();
        try (Receiver receiver = new Receiver()) {
            long webhookId = create(user, body(receiver.url("/takeover"), Map.of())).getLong("id");
            UUID eventId = UUID.randomUUID();
            // As an instance that claimed the delivery and died mid-send leaves it: delivering, lease over.
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    INSERT INTO webhook_deliveries (webhook_id, event_id, trigger, body, status, attempts, next_attempt_at, created_at)
                    VALUES (?1, ?2, 'BOOKING_CREATED', '{"triggerEvent":"BOOKING_CREATED"}', 'delivering', 1, now() - interval '1 second', now())""")
                    .setParameter(1, webhookId).setParameter(2, eventId).executeUpdate());
            Receiver.Received request = receiver.next(WAIT);
            assertEquals(eventId.toString(), request.header("webhook-id"));
            receiver.expectNothing(Duration.ofMillis(800));
        }
    }

    @Test
    void concurrentClaimersNeverTakeTheSameDelivery() throws Exception {
        TestUser user = Api.newUser();
        long webhookId = create(user, body(WebhookFixtures.uniqueUrl(), Map.of())).getLong("id");
        // Due only in the far future, so the running dispatcher leaves them to the two claimers below.
        Instant future = Instant.parse("2999-01-01T00:00:00Z");
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                WebhookDelivery delivery = new WebhookDelivery(webhookId, UUID.randomUUID(), "BOOKING_CREATED", "{}", Instant.now(), future);
                deliveries.persist(delivery);
                deliveries.flush();
                created.add(delivery.id);
            }
            return created;
        });
        Instant now = future.plusSeconds(1);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<List<Long>>> claimers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            claimers.add(CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
                together.await();
                return deliveries.claim(ids, now, now.plusSeconds(60)).stream().map(DeliveryRepository.Claimed::id).toList();
            })));
        }
        List<Long> first = claimers.get(0).get();
        List<Long> second = claimers.get(1).get();
        Set<Long> all = new HashSet<>(first);
        all.addAll(second);
        assertEquals(first.size() + second.size(), all.size(), "no delivery claimed twice");
        assertEquals(new HashSet<>(ids), all, "every delivery claimed once");
    }
}
