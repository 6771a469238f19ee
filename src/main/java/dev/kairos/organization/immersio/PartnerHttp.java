package dev.kairos.organization.immersio;

import dev.kairos.webhook.TargetGuard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * GETs to the partner's API, each bounded by the timeout from connection to the last byte. Like
 * webhook deliveries it connects to the address {@link TargetGuard} checked, never to what the
 * host resolves to later (DNS rebinding), while TLS and HTTP are told the URL's host. Redirects are
 * not followed (they could point anywhere). The API key goes only into the Authorization header
 * and is never part of an answer or an error message.
 *
 * <p>Each run gets its own {@link Pool} of {@link PartnerSession#MAX_IN_FLIGHT} connections, so one
 * organisation's slow partner never holds the connections another organisation's run waits for.
 */
@ApplicationScoped
class PartnerHttp {

    /** A partner answer larger than this is refused: a page of 500 students is far smaller. */
    static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    /** What one request came to: a status, headers and body, or no answer and why. */
    record Answer(Integer status, String retryAfter, String body, String error) {

        static Answer failed(String error) {
            return new Answer(null, null, null, error);
        }
    }

    private final Vertx vertx;
    private final ImmersioConfig config;

    PartnerHttp(Vertx vertx, ImmersioConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    /** A connection pool for one run; close it when the run ends. */
    Pool open() {
        HttpClientOptions options = new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout(timeoutMillis()).setVerifyHost(true);
        return new Pool(vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(PartnerSession.MAX_IN_FLIGHT)));
    }

    private int timeoutMillis() {
        return (int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis());
    }

    /** One run's connections to the partner. */
    final class Pool implements AutoCloseable {

        private final HttpClient client;

        private Pool(HttpClient client) {
            this.client = client;
        }

        @Override
        public void close() {
            client.close();
        }

        /**
         * GETs {@code pathAndQuery} below the checked base URL; blocks, so never call it from an
         * event loop. {@code ended} runs once the request is really over: answered, failed or reset,
         * which may be after this returns (a request given up on is reset, or if it is still waiting
         * for a connection, never sent and failed by the connect timeout).
         */
        Answer get(TargetGuard.Target base, String pathAndQuery, String apiKey, Runnable ended) {
            if (Context.isOnEventLoopThread()) {
                throw new IllegalStateException("A partner request blocks until it ends: send it from a worker thread");
            }
            AtomicReference<HttpClientRequest> started = new AtomicReference<>();
            AtomicBoolean abandoned = new AtomicBoolean();
            Future<Answer> answer = client.request(pinned(base, pathAndQuery, timeoutMillis()).putHeader("Authorization", "Bearer " + apiKey)
                    .putHeader("Accept", "application/json").putHeader("User-Agent", "Kairos-Immersio-Sync/1"))
                    .compose(request -> {
                        started.set(request);
                        if (abandoned.get()) {
                            request.reset();
                            return Future.failedFuture("given up on before it was sent");
                        }
                        return request.send().compose(PartnerHttp::read);
                    });
            answer.onComplete(done -> ended.run());
            long timeout = config.timeout().toMillis();
            try {
                return answer.toCompletionStage().toCompletableFuture().get(timeout, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                return Answer.failed("connection failed (" + (e.getCause() == null ? "unknown" : e.getCause().getClass().getSimpleName()) + ")");
            } catch (TimeoutException e) {
                abandon(started, abandoned);
                return Answer.failed("no answer within " + timeout + " ms");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandon(started, abandoned);
                return Answer.failed("the request was interrupted");
            }
        }
    }

    /**
     * The whole answer, counted as it arrives: past {@link #MAX_BODY_BYTES} the request is reset, so
     * a body without Content-Length (chunked) is never held beyond the cap. The handlers are set in
     * the callback of {@code send()}, before any chunk of the body is handed over.
     */
    private static Future<Answer> read(HttpClientResponse response) {
        String length = response.getHeader("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
            response.request().reset();
            return Future.succeededFuture(tooLarge());
        }
        String retryAfter = response.getHeader("Retry-After");
        Promise<Answer> answer = Promise.promise();
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (answer.future().isComplete()) {
                return;
            }
            if (body.length() + chunk.length() > MAX_BODY_BYTES) {
                answer.tryComplete(tooLarge());
                response.request().reset();
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(answer::tryFail);
        response.endHandler(end -> answer.tryComplete(new Answer(response.statusCode(), retryAfter, body.toString(), null)));
        return answer.future();
    }

    private static Answer tooLarge() {
        return Answer.failed("the answer is larger than " + MAX_BODY_BYTES + " bytes");
    }

    /** Resets the request if it has a connection; otherwise it is reset as soon as it gets one, never sent. */
    private static void abandon(AtomicReference<HttpClientRequest> started, AtomicBoolean abandoned) {
        abandoned.set(true);
        HttpClientRequest request = started.get();
        if (request != null) {
            request.reset();
        }
    }

    /**
     * Connects to the first checked address; names the URL's host for Host, SNI and certificate
     * checks. The connect timeout covers waiting for a pooled connection too, and the idle timeout
     * ends a request whose answer stalls, so every request ends on its own.
     */
    private static RequestOptions pinned(TargetGuard.Target base, String pathAndQuery, long timeoutMillis) {
        URI uri = base.uri();
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        String prefix = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String host = base.host().startsWith("[") ? base.host().substring(1, base.host().length() - 1) : base.host();
        return new RequestOptions().setMethod(HttpMethod.GET).setSsl(https).setHost(host).setPort(port).setURI(prefix + pathAndQuery)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(base.addresses().get(0), port)))
                .setConnectTimeout(timeoutMillis).setIdleTimeout(timeoutMillis)
                .setFollowRedirects(false).putHeader("Host", uri.getRawAuthority());
    }
}
