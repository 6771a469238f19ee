package dev.kairos.organization.immersio;

import dev.kairos.webhook.TargetGuard;
import io.vertx.core.Context;
import io.vertx.core.Future;
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
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One GET to the partner's API, bounded by the timeout from connection to the last byte. Like
 * webhook deliveries it connects to the address {@link TargetGuard} checked, never to what the
 * host resolves to later (DNS rebinding), while TLS and HTTP are told the URL's host. Redirects are
 * not followed (they could point anywhere). The API key goes only into the Authorization header
 * and is never part of an answer or an error message.
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

    private final HttpClient client;
    private final ImmersioConfig config;

    PartnerHttp(Vertx vertx, ImmersioConfig config) {
        this.config = config;
        HttpClientOptions options = new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_1_1)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis())).setVerifyHost(true);
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(4));
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }

    /** GETs {@code pathAndQuery} below the checked base URL; blocks, so never call it from an event loop. */
    Answer get(TargetGuard.Target base, String pathAndQuery, String apiKey) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("A partner request blocks until it ends: send it from a worker thread");
        }
        AtomicReference<HttpClientRequest> started = new AtomicReference<>();
        Future<Answer> answer = client.request(pinned(base, pathAndQuery).putHeader("Authorization", "Bearer " + apiKey)
                .putHeader("Accept", "application/json").putHeader("User-Agent", "Kairos-Immersio-Sync/1"))
                .compose(request -> {
                    started.set(request);
                    return request.send().compose(PartnerHttp::read);
                });
        long timeout = config.timeout().toMillis();
        try {
            return answer.toCompletionStage().toCompletableFuture().get(timeout, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return Answer.failed("connection failed (" + (e.getCause() == null ? "unknown" : e.getCause().getClass().getSimpleName()) + ")");
        } catch (TimeoutException e) {
            abandon(started);
            return Answer.failed("no answer within " + timeout + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(started);
            return Answer.failed("the request was interrupted");
        }
    }

    /** The whole answer, read with Vert.x's own body collector (no chunk can arrive before it is attached). */
    private static Future<Answer> read(HttpClientResponse response) {
        String length = response.getHeader("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
            response.request().reset();
            return Future.succeededFuture(Answer.failed("the answer is larger than " + MAX_BODY_BYTES + " bytes"));
        }
        String retryAfter = response.getHeader("Retry-After");
        return response.body().map(body -> body.length() > MAX_BODY_BYTES
                ? Answer.failed("the answer is larger than " + MAX_BODY_BYTES + " bytes")
                : new Answer(response.statusCode(), retryAfter, body.toString(), null));
    }

    private static void abandon(AtomicReference<HttpClientRequest> started) {
        HttpClientRequest request = started.get();
        if (request != null) {
            request.reset();
        }
    }

    /** Connects to the first checked address; names the URL's host for Host, SNI and certificate checks. */
    private static RequestOptions pinned(TargetGuard.Target base, String pathAndQuery) {
        URI uri = base.uri();
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        String prefix = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String host = base.host().startsWith("[") ? base.host().substring(1, base.host().length() - 1) : base.host();
        return new RequestOptions().setMethod(HttpMethod.GET).setSsl(https).setHost(host).setPort(port).setURI(prefix + pathAndQuery)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(base.addresses().get(0), port)))
                .setFollowRedirects(false).putHeader("Host", uri.getRawAuthority());
    }
}
