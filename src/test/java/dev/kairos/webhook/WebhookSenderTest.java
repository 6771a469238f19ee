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
