package dev.kairos.platform.auth;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.request.RouteTemplate;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one place that decides whether an operation needs credentials: a bad credential is always
 * refused; no credential is refused unless the operation is {@link PublicOperation}. An OAuth
 * access token is held to the permission its route needs ({@link TokenPermissions}), on public
 * operations too, since a token makes its holder a host there. The permission is read off the
 * operation the request was routed to ({@link RouteTemplate}), never off the path's text.
 */
public class AuthorizationFilter {

    private final CallerContext callerContext;

    AuthorizationFilter(CallerContext callerContext) {
        this.callerContext = callerContext;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void authorize(ContainerRequestContext request, ResourceInfo resource) {
        if (callerContext.failure() != null) {
            throw callerContext.failure();
        }
        Caller caller = callerContext.caller();
        if (!caller.authenticated() && !isPublic(resource)) {
            throw ApiException.unauthorized("This operation needs an API key: send 'Authorization: Bearer cal_live_...'");
        }
        if (caller.token() != null) {
            requirePermission(caller.token(), request.getMethod(), RouteTemplate.of(resource), isPublic(resource));
        }
    }

    private static void requirePermission(TokenGrant token, String method, String path, boolean isPublic) {
        var needed = TokenPermissions.needed(method, path);
        if (needed.isEmpty()) {
            if (!isPublic) {
                throw ApiException.forbidden("OAuth access tokens cannot call " + method + " " + path
                        + ": it needs an API key (Authorization: Bearer cal_live_...)");
            }
            return;
        }
        if (!token.allows(needed.get())) {
            throw ApiException.forbidden("This access token lacks the " + needed.get() + " permission needed for " + method + " "
                    + path + "; OAuth client " + token.clientId() + " must be given it (PATCH /v2/oauth-clients/"
                    + token.clientId() + ")");
        }
    }

    static boolean isPublic(ResourceInfo resource) {
        return resource.getResourceMethod().isAnnotationPresent(PublicOperation.class)
                || resource.getResourceClass().isAnnotationPresent(PublicOperation.class);
    }
}
