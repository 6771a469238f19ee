package dev.kairos.platform.request;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The outermost handler of every HTTP request, REST or not: settles the request id (so the error
 * envelope, the response header and the access log agree) and writes one access-log line when
 * the response ends. The line never contains credentials: no headers, no query string.
 */
@ApplicationScoped
public class RequestLifecycle {

    /** Routing-context key under which authentication leaves the API key id for the access log. */
    public static final String API_KEY_ID = "kairos.apiKeyId";
    /** Routing-context key under which authentication leaves the OAuth client of an access token. */
    public static final String OAUTH_CLIENT_ID = "kairos.oauthClientId";
    private static final Logger ACCESS = Logger.getLogger("kairos.access");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        long started = System.nanoTime();
        String requestId = RequestIds.accept(context.request().getHeader(RequestIds.HEADER));
        context.request().headers().set(RequestIds.HEADER, requestId);
        context.addHeadersEndHandler(ignored -> context.response().headers().set(RequestIds.HEADER, requestId));
        context.addEndHandler(ignored -> {
            if (ACCESS.isInfoEnabled()) {
                Object apiKeyId = context.get(API_KEY_ID);
                Object oauthClientId = context.get(OAUTH_CLIENT_ID);
                ACCESS.infof("%s %s %d %.2fms requestId=%s apiKeyId=%s%s", context.request().method().name(),
                        context.request().path(), context.response().getStatusCode(),
                        (System.nanoTime() - started) / 1_000_000.0, requestId, apiKeyId == null ? "-" : apiKeyId,
                        oauthClientId == null ? "" : " oauthClientId=" + oauthClientId);
            }
        });
        context.next();
    }
}
