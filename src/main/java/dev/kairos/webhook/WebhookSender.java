package dev.kairos.webhook;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP attempt of a delivery: a POST of the exact body with both signatures, redirects not
 * followed, bounded by the timeout from connection to the last byte.
 *
 * <p>Plain http (allowed only with {@code KAIROS_WEBHOOKS_ALLOW_PRIVATE_TARGETS}) connects to the
 * address the guard checked, with the original {@code Host} header, so a DNS answer that changes
 * after the check (DNS rebinding) cannot redirect it. Over https the connection is made by name,
 * and certificate verification refuses any host that is not the one named in the URL.
 */
final class WebhookSender {

    static {
        // Lets a request name its Host header, for connecting to a checked address by IP.
        String allowed = System.getProperty("jdk.httpclient.allowRestrictedHeaders");
        if (allowed == null || !allowed.toLowerCase().contains("host")) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", allowed == null || allowed.isBlank() ? "host" : allowed + ",host");
        }
    }

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

    WebhookSender(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    Outcome send(TargetGuard.Target target, String body, String eventId, long timestampSeconds, String secret, String trigger) {
        HttpRequest.Builder request;
        try {
            request = pinned(target);
        } catch (URISyntaxException e) {
            return new Outcome(null, "the subscriber URL cannot be requested");
        }
        request.timeout(timeout).header("Content-Type", "application/json").header("User-Agent", "Kairos-Webhooks/1")
                .header("X-Cal-Event", trigger)
                .header("webhook-id", eventId).header("webhook-timestamp", Long.toString(timestampSeconds))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Cal-Signature-256", Signatures.calSignature(secret, body))
                    .header("webhook-signature", Signatures.standardSignature(secret, eventId, timestampSeconds, body));
        }
        try {
            HttpResponse<Void> response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
            return new Outcome(response.statusCode(), response.statusCode() / 100 == 2 ? null : "the receiver answered " + response.statusCode());
        } catch (CompletionException e) {
            return new Outcome(null, describe(e.getCause()));
        }
    }

    /** For http, the checked address in the URL and the original host in the Host header. */
    private HttpRequest.Builder pinned(TargetGuard.Target target) throws URISyntaxException {
        URI uri = target.uri();
        if (!uri.getScheme().equalsIgnoreCase("http")) {
            return HttpRequest.newBuilder(uri);
        }
        InetAddress address = target.addresses().get(0);
        String literal = address instanceof Inet6Address ? "[" + address.getHostAddress().replaceAll("%.*", "") + "]" : address.getHostAddress();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        HttpRequest.Builder builder = HttpRequest.newBuilder(new URI("http://" + literal + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + path + query));
        try {
            builder.header("Host", uri.getRawAuthority());
            return builder;
        } catch (IllegalArgumentException hostHeaderRefused) {
            // The JDK read its restricted-header list before this class set it: connect by name.
            return HttpRequest.newBuilder(uri);
        }
    }

    private String describe(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "no response within " + timeout.toMillis() + " ms";
        }
        if (cause instanceof IOException) {
            String message = cause.getMessage();
            return "connection failed" + (message == null || message.isBlank() ? " (" + cause.getClass().getSimpleName() + ")" : ": " + message);
        }
        return "the request failed (" + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")";
    }
}
