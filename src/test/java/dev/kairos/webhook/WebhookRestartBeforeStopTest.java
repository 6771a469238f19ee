package dev.kairos.webhook;

import static dev.kairos.webhook.WebhookFixtures.body;
import static dev.kairos.webhook.WebhookFixtures.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Phase 1 of the restart test ({@link WebhookRestart}): events are queued, the first of them are
 * mid-request (the receiver holds them open), the rest wait; then the application stops.
 */
@QuarkusTest
@TestProfile(WebhookRestart.Phase1BeforeStop.class)
class WebhookRestartBeforeStopTest {

    @Inject
    WebhookOutbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void eventsAreQueuedAndSomeAreMidRequestWhenTheApplicationStops() throws Exception {
        WebhookRestart.stopReceiver();
        Path dir = Files.createTempDirectory("kairos-webhook-restart");
        HttpServer receiver = WebhookRestart.startReceiver(dir);
        try {
            TestUser user = Api.newUser();
            long webhookId = create(user, body("http://localhost:" + receiver.getAddress().getPort() + "/restart", Map.of()))
                    .getLong("id");
            String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < WebhookRestart.EVENTS; i++) {
                    Map<String, Object> payload = new LinkedHashMap<>();
                    payload.put("uid", "restart-" + run + "-" + i);
                    outbox.enqueue(WebhookTrigger.BOOKING_CREATED, user.id(), null, payload);
                }
            });

            // What the outbox wrote: each event's id, which every request for it must carry.
            Map<String, String> eventIds = new TreeMap<>();
            for (Object row : QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "SELECT body, CAST(event_id AS text) FROM webhook_deliveries WHERE webhook_id = ?1")
                    .setParameter(1, webhookId).getResultList())) {
                Object[] columns = (Object[]) row;
                eventIds.put(WebhookRestart.marker((String) columns[0]), (String) columns[1]);
            }
            assertEquals(WebhookRestart.EVENTS, eventIds.size(), "one delivery per event");
            assertEquals(WebhookRestart.EVENTS, new HashSet<>(eventIds.values()).size(), "each event has its own id");
            StringBuilder events = new StringBuilder();
            eventIds.forEach((marker, id) -> events.append(marker).append('\t').append(id).append('\n'));
            Files.writeString(dir.resolve(WebhookRestart.EVENT_IDS), events);

            // Wait until the dispatcher is mid-request with as many as it sends at once to one webhook (16 / 4).
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            List<List<String>> open = WebhookRestart.requestsIn(dir);
            while (open.size() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
                open = WebhookRestart.requestsIn(dir);
            }
            Map<String, Long> byStatus = WebhookRestart.statuses(entityManager, webhookId);
            assertTrue(open.size() >= 1, "some requests are open when the application stops");
            assertTrue(byStatus.getOrDefault("delivering", 0L) >= 1, "some deliveries are mid-request: " + byStatus);
            assertTrue(byStatus.getOrDefault("pending", 0L) >= 1, "some deliveries are still queued: " + byStatus);
            assertEquals(0L, byStatus.getOrDefault("succeeded", 0L), "none delivered yet: " + byStatus);

            System.setProperty(WebhookRestart.WEBHOOK_ID, Long.toString(webhookId));
            System.setProperty(WebhookRestart.OPEN_AT_STOP, Integer.toString(open.size()));
            System.setProperty(WebhookRestart.PORT, Integer.toString(receiver.getAddress().getPort()));
            System.setProperty(WebhookRestart.DIR, dir.toString());
            // Leaving this class stops the application (the next class has another profile), the receiver still holding them.
        } catch (Exception | AssertionError e) {
            receiver.stop(0);
            throw e;
        }
    }
}
