package dev.kairos.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** One attempt against a real receiver on 127.0.0.1, without the application. */
class WebhookSenderTest {

    private static final Vertx VERTX = Vertx.vertx();
    private static final WebhookSender sender = new WebhookSender(VERTX, Duration.ofMillis(800), 4, ReceiverTrust.of(Optional.empty()));

    @AfterAll
    static void close() {
        sender.close();
        VERTX.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void connectsToTheCheckedAddressNotToWhatTheNameResolvesToNow() throws Exception {
        try (Receiver receiver = new Receiver()) {
            int port = URI.create(receiver.url("/")).getPort();
            // A name that resolves to nothing: only the pinned, checked address can be reached.
            URI uri = URI.create("http://rebound.invalid:" + port + "/hook?x=1");
            TargetGuard.Target target = new TargetGuard.Target(uri, "rebound.invalid", List.of(InetAddress.getByName("127.0.0.1")));
            WebhookSender.Outcome outcome = sender.send(target, "{}", "evt", 1, "secret", "PING");
            assertEquals(200, outcome.statusCode());
            Receiver.Received request = receiver.next(Duration.ofSeconds(5));
            assertEquals("rebound.invalid:" + port, request.header("host"));
            assertEquals("/hook?x=1", request.header(":path"));
        }
    }

    @Test
    void writesTheHostHeaderAsTheUrlDoesForAnIpv6Literal() throws Exception {
        try (Receiver receiver = new Receiver()) {
            // ::ffff:127.0.0.1 is 127.0.0.1, where the receiver listens.
            String authority = "[::ffff:127.0.0.1]:" + receiver.port();
            TargetGuard.Target target = TargetGuard.withSystemResolver(true).check("http://" + authority + "/v6");
            WebhookSender.Outcome outcome = sender.send(target, "{}", "evt", 1, "secret", "PING");
            assertEquals(200, outcome.statusCode(), outcome.error());
            assertEquals(authority, receiver.next(Duration.ofSeconds(5)).header("host"));
        }
    }

    @Test
    void aResponseThatEndedBeforeItWasHandedOverIsASuccess() throws Exception {
        // What Vert.x does when the send future's callback runs after a small response has ended.
        io.vertx.core.http.HttpClientResponse ended = (io.vertx.core.http.HttpClientResponse) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] { io.vertx.core.http.HttpClientResponse.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "end":
                            throw new IllegalStateException();
                        case "statusCode":
                            return 204;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        assertEquals(204, WebhookSender.statusOnceRead(ended).toCompletionStage().toCompletableFuture().get());
    }

    @Test
    void manyQuickAttemptsAllSucceedEachOnce() throws Exception {
        // Small responses often end before Vert.x hands the response to the sender; that is a
        // delivered event, not a failure to retry (a retry would deliver it twice).
        try (Receiver receiver = new Receiver()) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
            try {
                List<java.util.concurrent.Future<WebhookSender.Outcome>> outcomes = new java.util.ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    outcomes.add(pool.submit(() -> sender.send(target(receiver), "{}", "evt", 1, "secret", "PING")));
                }
                for (java.util.concurrent.Future<WebhookSender.Outcome> outcome : outcomes) {
                    WebhookSender.Outcome sent = outcome.get();
                    assertTrue(sent.succeeded(), sent.error());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(400, receiver.next(400, Duration.ofSeconds(10)).size());
            receiver.expectNothing(Duration.ofMillis(300));
        }
    }

    @Test
    void doesNotFollowRedirects() throws Exception {
        try (Receiver receiver = new Receiver().answering(307)) {
            WebhookSender.Outcome outcome = sender.send(target(receiver), "{}", "evt", 1, "secret", "PING");
            assertEquals(307, outcome.statusCode());
            assertFalse(outcome.succeeded());
            receiver.next(Duration.ofSeconds(5));
            receiver.expectNothing(Duration.ofMillis(300));
        }
    }

    @Test
    void givesUpOnASlowReceiverAtTheTimeout() throws Exception {
        try (Receiver receiver = new Receiver().slow(Duration.ofMillis(2500))) {
            long start = System.nanoTime();
            WebhookSender.Outcome outcome = sender.send(target(receiver), "{}", "evt", 1, "secret", "PING");
            long took = (System.nanoTime() - start) / 1_000_000;
            assertNull(outcome.statusCode());
            assertTrue(outcome.error().contains("no response within 800 ms"), outcome.error());
            assertTrue(took < 2000, "took " + took + " ms");
        }
    }

    @Test
    void reportsARefusedConnection() throws Exception {
        TargetGuard.Target target = new TargetGuard.Target(URI.create("http://127.0.0.1:9/"), "127.0.0.1",
                List.of(InetAddress.getByName("127.0.0.1")));
        WebhookSender.Outcome outcome = sender.send(target, "{}", "evt", 1, "secret", "PING");
        assertNull(outcome.statusCode());
        assertTrue(outcome.error().startsWith("connection failed"), outcome.error());
    }

    private static TargetGuard.Target target(Receiver receiver) throws Exception {
        return TargetGuard.withSystemResolver(true).check(receiver.url("/x"));
    }
}
