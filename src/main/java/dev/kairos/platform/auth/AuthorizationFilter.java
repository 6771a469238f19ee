package dev.kairos.platform.auth;

import dev.kairos.platform.error.ApiException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one place that decides whether an operation needs credentials: a bad credential is always
 * refused; no credential is refused unless the operation is {@link PublicOperation}.
 */
public class AuthorizationFilter {

    private final CallerContext callerContext;

    AuthorizationFilter(CallerContext callerContext) {
        this.callerContext = callerContext;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void authorize(ResourceInfo resource) {
        if (callerContext.failure() != null) {
            throw callerContext.failure();
        }
        if (!callerContext.caller().authenticated() && !isPublic(resource)) {
            throw ApiException.unauthorized("This operation needs an API key: send 'Authorization: Bearer cal_live_...'");
        }
    }

    static boolean isPublic(ResourceInfo resource) {
        return resource.getResourceMethod().isAnnotationPresent(PublicOperation.class)
                || resource.getResourceClass().isAnnotationPresent(PublicOperation.class);
    }
}
