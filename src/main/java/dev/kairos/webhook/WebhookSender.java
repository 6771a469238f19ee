package dev.kairos.webhook;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.TrustOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * One HTTP attempt of a delivery: a POST of the exact body with both signatures, redirects not
 * followed, bounded by the timeout from connection to the last byte.
 *
 * <p>Every attempt connects to the address the guard checked, never to what the host name resolves
 * to by then, so a DNS answer that changes after the check (DNS rebinding) cannot redirect it. The
 * request still names the URL's host: in the {@code Host} header and, over https, in SNI and in
 * certificate verification, so the receiver must present a certificate for that name.
 *
 * <p>Vert.x's client makes this possible (a request's {@code server} is where it connects, its
 * {@code host} what TLS and HTTP are told); the JDK's client has no way to connect to one address
 * while verifying a certificate for another name. {@link #send} blocks until the attempt ends: call
 * it from a worker thread, never from an event loop.
 */
final class WebhookSender implements AutoCloseable {

    /** What one attempt came to: an HTTP status, or no response and why. */
    record Outcome(Integer statusCode, String error) {
        static final String INACTIVE = "the webhook is inactive";

        /** Not attempted: the webhook was turned off after the delivery was queued. */
        static Outcome inactive() {
            return new Outcome(null, INACTIVE);
        }

        boolean notAttempted() {
            return statusCode == null && INACTIVE.equals(error);
        }

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        boolean gone() {
            return statusCode != null && statusCode == 410;
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    /**
     * @param connections connections kept per receiver address (the dispatcher's concurrency)
     * @param trust the certificate authorities of https receivers ({@link ReceiverTrust})
     */
    WebhookSender(Vertx vertx, Duration timeout, int connections, TrustManagerFactory trust) {
        this.timeout = timeout;
        HttpClientOptions options = new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .setVerifyHost(true).setTrustOptions(TrustOptions.wrap(trust));
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(connections));
    }

    Outcome send(TargetGuard.Target target, String body, String eventId, long timestampSeconds, String secret, String trigger) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("A webhook attempt blocks until it ends: send it from a worker thread");
        }
        RequestOptions request = pinned(target).putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "Kairos-Webhooks/1").putHeader("X-Cal-Event", trigger)
                .putHeader("webhook-id", eventId).putHeader("webhook-timestamp", Long.toString(timestampSeconds));
        if (secret != null) {
            request.putHeader("X-Cal-Signature-256", Signatures.calSignature(secret, body))
                    .putHeader("webhook-signature", Signatures.standardSignature(secret, eventId, timestampSeconds, body));
        }
        return exchange(request, Buffer.buffer(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends the request and reads the whole response, or gives up (closing the connection) at the timeout. */
    private Outcome exchange(RequestOptions request, Buffer body) {
        AtomicReference<HttpClientRequest> started = new AtomicReference<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<Integer> status = client.request(request).compose(sending -> {
            started.set(sending);
            if (abandoned.get()) {
                sending.reset();
                return Future.failedFuture(new TimeoutException());
            }
            return sending.send(body);
        }).compose(WebhookSender::statusOnceRead);
        try {
            int code = status.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(code, code / 100 == 2 ? null : "the receiver answered " + code);
        } catch (ExecutionException e) {
            return new Outcome(null, describe(e.getCause()));
        } catch (TimeoutException e) {
            abandon(started, abandoned);
            return new Outcome(null, "no response within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(started, abandoned);
            return new Outcome(null, "the attempt was interrupted");
        }
    }

    /**
     * The status once the whole response is read. Called from the send future's callback, which
     * Vert.x may run after a small response has already ended: {@code end()} then refuses
     * (IllegalStateException) because there is nothing left to wait for, which is success, not a
     * failed attempt (treating it as one made receivers get the same event twice).
     */
    static Future<Integer> statusOnceRead(HttpClientResponse response) {
        try {
            return response.end().map(read -> response.statusCode());
        } catch (IllegalStateException alreadyEnded) {
            return Future.succeededFuture(response.statusCode());
        }
    }

    /** Closes the connection of an attempt given up on, or of one that starts after that. */
    private static void abandon(AtomicReference<HttpClientRequest> started, AtomicBoolean abandoned) {
        abandoned.set(true);
        HttpClientRequest request = started.get();
        if (request != null) {
            request.reset();
        }
    }

    /** Connects to the first checked address; names the URL's host for Host, SNI and verification. */
    private static RequestOptions pinned(TargetGuard.Target target) {
        URI uri = target.uri();
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String host = target.host().startsWith("[") ? target.host().substring(1, target.host().length() - 1) : target.host();
        return new RequestOptions().setMethod(HttpMethod.POST).setSsl(https).setHost(host).setPort(port).setURI(path + query)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.addresses().get(0), port)))
                .setFollowRedirects(false)
                // As the URL writes it: Vert.x would write an IPv6 literal without its brackets.
                .putHeader("Host", uri.getRawAuthority());
    }

    private String describe(Throwable cause) {
        if (cause instanceof ConnectTimeoutException) {
            return "could not connect within " + timeout.toMillis() + " ms";
        }
        Throwable tls = tlsFailure(cause);
        if (tls != null) {
            return "TLS failed: " + tls.getMessage();
        }
        if (cause instanceof IOException || cause instanceof VertxException) {
            String message = cause.getMessage();
            return "connection failed" + (message == null || message.isBlank() ? " (" + cause.getClass().getSimpleName() + ")" : ": " + message);
        }
        return "the request failed (" + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")";
    }

    /**
     * For an attempt that failed in TLS, the deepest cause that says why (a certificate for another
     * name, an untrusted issuer, a failed handshake): Vert.x wraps it in a generic message. Null
     * when TLS is not what failed.
     */
    private static Throwable tlsFailure(Throwable cause) {
        Throwable why = null;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SSLException || (why != null && t.getMessage() != null)) {
                why = t;
            }
        }
        return why;
    }

    @Override
    public void close() {
        client.close();
    }
}
