package dev.kairos.webhook;

import static dev.kairos.webhook.WebhookFixtures.body;
import static dev.kairos.webhook.WebhookFixtures.create;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Deliveries end to end, to a real receiver on 127.0.0.1. The test profile retries after 200 ms,
 * 400 ms and 400 ms, with a 2 s timeout.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    WebhookOutbox outbox;

    @Test
    void pingArrivesSignedBothWays() throws Exception {
        TestUser user = Api.newUser();
        try (Receiver receiver = new Receiver()) {
            String secret = "whsec_ping-" + UUID.randomUUID();
            long id = create(user, body(receiver.url("/ping"), Map.of("secret", secret))).getLong("id");
            long deliveryId = user.call().post("/v2/webhooks/" + id + "/ping").then().statusCode(200)
                    .extract().jsonPath().getLong("data.deliveryId");

            Receiver.Received request = receiver.next(WAIT);
            assertEquals("/ping", request.header(":path"));
            // Connected to the checked address (127.0.0.1) while naming the host of the URL.
            assertEquals(receiver.url("").replace("http://", ""), request.header("host"));
            assertEquals("{\"cal\":true,\"standard\":true,\"compact\":true}", NodeVerifier.verify(request, secret));
            StandardWebhooksVerifier.verify(request, secret);
            assertEquals(UUID.fromString(request.header("webhook-id")).toString(), request.header("webhook-id"));
            long timestamp = Long.parseLong(request.header("webhook-timestamp"));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60, "timestamp " + timestamp);
            assertTrue(request.header("X-Cal-Signature-256").matches("[0-9a-f]{64}"));
            assertTrue(request.body().startsWith("{\"triggerEvent\":\"PING\",\"createdAt\":\""), request.body());
            assertTrue(request.header("content-type").startsWith("application/json"));

            JsonPath log = awaitLog(user, id, rows -> "succeeded".equals(rows.getString("data[0].status")));
            assertEquals(deliveryId, log.getLong("data[0].id"));
            assertEquals(1, log.getInt("data[0].attempts"));
            assertEquals(200, log.getInt("data[0].lastResponseCode"));
            assertEquals(request.header("webhook-id"), log.getString("data[0].eventId"));
            assertEquals("PING", log.getString("data[0].triggerEvent"));
            assertNotNull(log.getString("data[0].deliveredAt"));
        }
    }

    @Test
    void enqueuedEventsReachTheUsersAndTheEventTypesSubscribersAsCompactJson() throws Exception {
        TestUser user = Api.newUser();
        long eventTypeId = WebhookFixtures.eventType(user);
        try (Receiver receiver = new Receiver()) {
            create(user, body(receiver.url("/user"), Map.of("secret", "user-secret-0001")));
            user.call().body(body(receiver.url("/event-type"), Map.of("secret", "type-secret-0002")))
                    .post("/v2/event-types/" + eventTypeId + "/webhooks").then().statusCode(201);
            create(user, body(receiver.url("/cancelled-only"), Map.of("triggers", List.of("BOOKING_CANCELLED"))));
            create(user, body(receiver.url("/inactive"), Map.of("active", false)));
            // Another event type's webhook hears nothing of this one.
            long otherType = WebhookFixtures.eventType(user);
            user.call().body(body(receiver.url("/other-type"), Map.of())).post("/v2/event-types/" + otherType + "/webhooks")
                    .then().statusCode(201);

            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("uid", "bk_abc123");
            payload.put("bookingId", 42);
            payload.put("title", "Intro \"call\" — ünïcode");
            payload.put("startTime", Instant.parse("2050-11-15T14:00:00Z"));
            payload.put("attendees", List.of(Map.of("email", "jane@example.com")));
            Instant committed = QuarkusTransaction.requiringNew().call(() -> {
                List<Long> ids = outbox.enqueue(WebhookTrigger.BOOKING_CREATED, user.id(), eventTypeId, payload);
                assertEquals(2, ids.size());
                return Instant.now();
            });

            List<Receiver.Received> requests = receiver.next(2, WAIT);
            receiver.expectNothing(Duration.ofMillis(700));
            assertEquals(List.of("/event-type", "/user"), requests.stream().map(r -> r.header(":path")).sorted().toList());
            for (Receiver.Received request : requests) {
                assertTrue(Duration.between(committed, request.at()).toMillis() < 2000, "delivered within the second");
                String body = request.body();
                assertTrue(body.matches("\\{\"triggerEvent\":\"BOOKING_CREATED\",\"createdAt\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\","
                        + "\"payload\":\\{\"uid\":\"bk_abc123\",\"bookingId\":42,\"title\":\"Intro \\\\\"call\\\\\" — ünïcode\","
                        + "\"startTime\":\"2050-11-15T14:00:00.000Z\",\"attendees\":\\[\\{\"email\":\"jane@example.com\"}]}}"), body);
                String secret = request.header(":path").equals("/user") ? "user-secret-0001" : "type-secret-0002";
                assertEquals("{\"cal\":true,\"standard\":true,\"compact\":true}", NodeVerifier.verify(request, secret));
            }
            assertEquals(requests.get(0).header("webhook-id"), requests.get(1).header("webhook-id"), "one event, one id");
        }
    }

    @Test
    void retriesUntilTheReceiverAccepts() throws Exception {
        TestUser user = Api.newUser();
        try (Receiver receiver = new Receiver().answering(500, 503)) {
            long id = create(user, body(receiver.url("/flaky"), Map.of())).getLong("id");
            enqueue(user, "bk_retry");
            List<Receiver.Received> attempts = receiver.next(3, WAIT);
            assertEquals(1, attempts.stream().map(r -> r.header("webhook-id")).distinct().count(), "the same webhook-id on every attempt");
            assertEquals(1, attempts.stream().map(Receiver.Received::body).distinct().count());
            assertTrue(Duration.between(attempts.get(0).at(), attempts.get(1).at()).toMillis() >= 150, "waited the first delay");
            assertTrue(Duration.between(attempts.get(1).at(), attempts.get(2).at()).toMillis() >= 350, "waited the second delay");
            JsonPath log = awaitLog(user, id, rows -> "succeeded".equals(rows.getString("data[0].status")));
            assertEquals(3, log.getInt("data[0].attempts"));
            assertEquals(200, log.getInt("data[0].lastResponseCode"));
        }
    }

    @Test
    void failsAfterTheLastRetryAndCanBeReplayed() throws Exception {
        TestUser user = Api.newUser();
        try (Receiver receiver = new Receiver().answering(500, 500, 302, 500)) {
            long id = create(user, body(receiver.url("/down"), Map.of())).getLong("id");
            enqueue(user, "bk_failed");
            List<Receiver.Received> attempts = receiver.next(4, WAIT);
            JsonPath log = awaitLog(user, id, rows -> "failed".equals(rows.getString("data[0].status")));
            assertEquals(4, log.getInt("data[0].attempts"), "the first attempt and three retries");
            assertEquals(500, log.getInt("data[0].lastResponseCode"));
            assertNull(log.get("data[0].nextAttemptAt"));
            receiver.expectNothing(Duration.ofMillis(800));

            long failedId = log.getLong("data[0].id");
            long replayId = user.call().post("/v2/webhooks/" + id + "/deliveries/" + failedId + "/replay").then().statusCode(200)
                    .extract().jsonPath().getLong("data.deliveryId");
            Receiver.Received replayed = receiver.next(WAIT);
            assertEquals(attempts.get(0).header("webhook-id"), replayed.header("webhook-id"));
            assertEquals(attempts.get(0).body(), replayed.body());
            JsonPath after = awaitLog(user, id, rows -> "succeeded".equals(rows.getString("data[0].status")));
            assertEquals(replayId, after.getLong("data[0].id"));
            assertEquals("failed", after.getString("data[1].status"));
            user.call().post("/v2/webhooks/" + id + "/deliveries/999999999/replay").then().statusCode(404);
        }
    }

    @Test
    void goneDisablesTheWebhook() throws Exception {
        TestUser user = Api.newUser();
        try (Receiver receiver = new Receiver().answering(410)) {
            long id = create(user, body(receiver.url("/gone"), Map.of())).getLong("id");
            enqueue(user, "bk_gone");
            receiver.next(WAIT);
            JsonPath log = awaitLog(user, id, rows -> "failed".equals(rows.getString("data[0].status")));
            assertEquals(410, log.getInt("data[0].lastResponseCode"));
            assertEquals(1, log.getInt("data[0].attempts"));
            user.call().get("/v2/webhooks/" + id).then().body("data.active", equalTo(false));
            enqueue(user, "bk_after_gone");
            receiver.expectNothing(Duration.ofMillis(1000));
        }
    }

    @Test
    void rendersThePayloadTemplate() throws Exception {
        TestUser user = Api.newUser();
        try (Receiver receiver = new Receiver()) {
            String template = """
                    {
                      "eventName": "{{triggerEvent}}",
                      "bookingId": "{{payload.uid}}",
                      "customerEmail": "{{payload.attendees[0].email}}"
                    }""";
            create(user, body(receiver.url("/template"), Map.of("payloadTemplate", template, "secret", "template-secret")));
            enqueue(user, "bk_tpl");
            Receiver.Received request = receiver.next(WAIT);
            assertEquals("{\"eventName\":\"BOOKING_CREATED\",\"bookingId\":\"bk_tpl\",\"customerEmail\":\"jane@example.com\"}", request.body());
            assertEquals("{\"cal\":true,\"standard\":true,\"compact\":true}", NodeVerifier.verify(request, "template-secret"));
        }
    }

    @Test
    void aSlowReceiverDoesNotDelayOthers() throws Exception {
        TestUser slowUser = Api.newUser();
        TestUser fastUser = Api.newUser();
        try (Receiver slow = new Receiver().slow(Duration.ofMillis(1500)); Receiver fast = new Receiver()) {
            create(slowUser, body(slow.url("/slow"), Map.of()));
            create(fastUser, body(fast.url("/fast"), Map.of()));
            for (int i = 0; i < 12; i++) {
                enqueue(slowUser, "bk_slow_" + i);
            }
            Instant committed = enqueue(fastUser, "bk_fast");
            Receiver.Received request = fast.next(WAIT);
            long latency = Duration.between(committed, request.at()).toMillis();
            assertTrue(latency < 1000, "the fast receiver waited " + latency + " ms behind the slow one");
        }
    }

    @Test
    void enqueueNeedsTheCallersTransaction() {
        assertThrows(TransactionalException.class, () -> outbox.enqueue(WebhookTrigger.BOOKING_CREATED, 1L, null, Map.of()));
    }

    private Instant enqueue(TestUser user, String uid) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("uid", uid);
        payload.put("attendees", List.of(Map.of("email", "jane@example.com")));
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(WebhookTrigger.BOOKING_CREATED, user.id(), null, payload));
        return Instant.now();
    }

    private static JsonPath awaitLog(TestUser user, long webhookId, Predicate<JsonPath> done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonPath log;
        do {
            log = user.call().get("/v2/webhooks/" + webhookId + "/deliveries").then().statusCode(200).extract().jsonPath();
            if (done.test(log)) {
                return log;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("The delivery log never got there: " + log.prettify());
    }
}
