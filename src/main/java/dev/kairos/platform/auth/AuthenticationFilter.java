package dev.kairos.platform.auth;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.request.RequestLifecycle;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Settles who is calling. A bad credential is not refused here but remembered, so that rate
 * limiting (which comes next) also counts failed attempts; {@link AuthorizationFilter} refuses.
 */
public class AuthenticationFilter {

    private final Authenticator authenticator;
    private final CallerContext callerContext;

    AuthenticationFilter(Authenticator authenticator, CallerContext callerContext) {
        this.authenticator = authenticator;
        this.callerContext = callerContext;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, HttpServerRequest httpRequest, RoutingContext routing) {
        String clientIp = httpRequest.remoteAddress() == null ? "unknown" : httpRequest.remoteAddress().hostAddress();
        try {
            Caller caller = authenticator.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION), clientIp);
            callerContext.set(caller, null);
            if (caller.apiKeyId() != null) {
                routing.put(RequestLifecycle.API_KEY_ID, caller.apiKeyId());
            }
            if (caller.token() != null) {
                routing.put(RequestLifecycle.OAUTH_CLIENT_ID, caller.token().clientId());
            }
        } catch (ApiException e) {
            callerContext.set(Caller.anonymous(clientIp), e);
        }
    }
}
