package dev.kairos.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Https attempts against a real receiver on 127.0.0.1 named {@code receiver.kairos.test}, a name
 * the JVM cannot resolve: only the guard's resolver knows it. A delivery that arrives was sent to
 * the checked address, and TLS still verified a certificate for the name.
 */
class WebhookSenderHttpsTest {

    private static final String NAME = "receiver.kairos.test";
    private static final Vertx VERTX = Vertx.vertx();
    private static final TargetGuard GUARD = new TargetGuard(true, host -> {
        if (host.equals(NAME)) {
            return new InetAddress[] { InetAddress.getByName("127.0.0.1") };
        }
        throw new UnknownHostException(host);
    });

    @TempDir
    static Path certificates;
    private static TlsIdentity receiverIdentity;
    private static TlsIdentity otherIdentity;

    @BeforeAll
    static void makeCertificates() throws Exception {
        receiverIdentity = TlsIdentity.forHost(NAME, certificates);
        otherIdentity = TlsIdentity.forHost("other.kairos.test", certificates);
    }

    @AfterAll
    static void closeVertx() {
        VERTX.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void theJvmCannotResolveTheReceiversName() {
        assertThrows(UnknownHostException.class, () -> InetAddress.getAllByName(NAME));
    }

    @Test
    void deliversToTheCheckedAddressWithTheNameInSniHostAndCertificate() throws Exception {
        String body = "{\"triggerEvent\":\"PING\",\"title\":\"Caf\u00e9 \u2615 \u00fcber\"}";
        long timestamp = Instant.now().getEpochSecond();
        try (Receiver receiver = new Receiver(receiverIdentity.serverContext());
                WebhookSender sender = trusting(receiverIdentity)) {
            TargetGuard.Target target = GUARD.check("https://" + NAME + ":" + receiver.port() + "/hook?x=1");

            WebhookSender.Outcome outcome = sender.send(target, body, "evt-tls", timestamp, "whsec_tls", "PING");

            assertEquals(200, outcome.statusCode(), outcome.error());
            Receiver.Received request = receiver.next(Duration.ofSeconds(5));
            assertEquals(NAME, request.header(":sni"));
            assertEquals(NAME + ":" + receiver.port(), request.header("host"));
            assertEquals("/hook?x=1", request.header(":path"));
            assertEquals(body, request.body());
            assertEquals(Signatures.calSignature("whsec_tls", body), request.header("X-Cal-Signature-256"));
            StandardWebhooksVerifier.verify(request, "whsec_tls");
            assertEquals("evt-tls", request.header("webhook-id"));
        }
    }

    @Test
    void refusesACertificateForAnotherName() throws Exception {
        try (Receiver receiver = new Receiver(otherIdentity.serverContext());
                WebhookSender sender = trusting(otherIdentity)) {
            TargetGuard.Target target = GUARD.check("https://" + NAME + ":" + receiver.port() + "/hook");

            WebhookSender.Outcome outcome = sender.send(target, "{}", "evt", Instant.now().getEpochSecond(), "whsec_tls", "PING");

            assertNull(outcome.statusCode());
            assertTrue(outcome.error().startsWith("TLS failed: "), outcome.error());
            assertTrue(outcome.error().contains(NAME), outcome.error());
            receiver.expectNothing(Duration.ofMillis(300));
        }
    }

    @Test
    void refusesACertificateNoTrustedAuthoritySigned() throws Exception {
        try (Receiver receiver = new Receiver(receiverIdentity.serverContext());
                WebhookSender sender = new WebhookSender(VERTX, Duration.ofSeconds(5), 4, ReceiverTrust.of(Optional.empty()))) {
            TargetGuard.Target target = GUARD.check("https://" + NAME + ":" + receiver.port() + "/hook");

            WebhookSender.Outcome outcome = sender.send(target, "{}", "evt", Instant.now().getEpochSecond(), null, "PING");

            assertNull(outcome.statusCode());
            assertTrue(outcome.error().startsWith("TLS failed: "), outcome.error());
            assertTrue(outcome.error().contains("certification path"), outcome.error());
            receiver.expectNothing(Duration.ofMillis(300));
        }
    }

    @Test
    void doesNotFollowRedirects() throws Exception {
        try (Receiver receiver = new Receiver(receiverIdentity.serverContext()).answering(307);
                WebhookSender sender = trusting(receiverIdentity)) {
            TargetGuard.Target target = GUARD.check("https://" + NAME + ":" + receiver.port() + "/hook");

            WebhookSender.Outcome outcome = sender.send(target, "{}", "evt", Instant.now().getEpochSecond(), null, "PING");

            assertEquals(307, outcome.statusCode());
            receiver.next(Duration.ofSeconds(5));
            receiver.expectNothing(Duration.ofMillis(300));
        }
    }

    private static WebhookSender trusting(TlsIdentity identity) {
        return new WebhookSender(VERTX, Duration.ofSeconds(5), 4, ReceiverTrust.of(Optional.of(identity.certificatePem())));
    }
}
