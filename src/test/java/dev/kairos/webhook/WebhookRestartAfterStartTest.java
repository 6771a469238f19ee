package dev.kairos.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Phase 2 of the restart test ({@link WebhookRestart}): after the restart every event queued in
 * phase 1 is delivered, and every request for it, before and after the stop, carries its id.
 */
@QuarkusTest
@TestProfile(WebhookRestart.Phase2AfterStart.class)
class WebhookRestartAfterStartTest {

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void openTheReceiver() {
        if (System.getProperty(WebhookRestart.DIR) != null) {
            System.setProperty(WebhookRestart.GATE, "open");
        }
    }

    @AfterAll
    static void stopTheReceiver() {
        WebhookRestart.stopReceiver();
    }

    @Test
    void everyEventIsDeliveredWithTheIdItHadBeforeTheStop() throws Exception {
        Assumptions.assumeTrue(System.getProperty(WebhookRestart.DIR) != null,
                "runs right after WebhookRestartBeforeStopTest, in the same JVM");
        long webhookId = Long.parseLong(System.getProperty(WebhookRestart.WEBHOOK_ID));
        Map<String, String> eventIds = new TreeMap<>();
        for (String line : WebhookRestart.lines(WebhookRestart.dir().resolve(WebhookRestart.EVENT_IDS))) {
            String[] columns = line.split("\t");
            eventIds.put(columns[0], columns[1]);
        }
        assertEquals(WebhookRestart.EVENTS, eventIds.size());

        // Normally a second or two. A delivery left leased by a stopped instance waits for its lease (timeout + 30 s).
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        Map<String, Long> byStatus = WebhookRestart.statuses(entityManager, webhookId);
        while (byStatus.getOrDefault("succeeded", 0L) < WebhookRestart.EVENTS && System.nanoTime() < deadline) {
            Thread.sleep(100);
            byStatus = WebhookRestart.statuses(entityManager, webhookId);
        }
        assertEquals(Map.of("succeeded", (long) WebhookRestart.EVENTS), byStatus, "every delivery succeeded after the restart");

        List<List<String>> requests = WebhookRestart.requests();
        Map<String, Set<String>> ids = WebhookRestart.ids(requests);
        assertEquals(eventIds.keySet(), ids.keySet(), "every event reached the receiver");
        for (Map.Entry<String, String> event : eventIds.entrySet()) {
            assertEquals(Set.of(event.getValue()), ids.get(event.getKey()),
                    "every request for " + event.getKey() + " carries the id the event had before the stop");
        }

        // The requests open when the first application stopped were sent again by the second.
        int openAtStop = Integer.parseInt(System.getProperty(WebhookRestart.OPEN_AT_STOP));
        Set<String> cut = WebhookRestart.ids(requests.subList(0, openAtStop)).keySet();
        Map<String, Set<String>> afterStop = WebhookRestart.ids(requests.subList(openAtStop, requests.size()));
        for (String marker : cut) {
            assertEquals(Set.of(eventIds.get(marker)), afterStop.get(marker), "sent again after the restart, same id: " + marker);
        }
        long redelivered = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM webhook_deliveries WHERE webhook_id = ?1 AND attempts > 1")
                .setParameter(1, webhookId).getSingleResult()).longValue());
        assertTrue(redelivered >= cut.size(), cut.size() + " cut by the stop, " + redelivered + " attempted more than once");
    }
}
