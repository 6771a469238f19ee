package dev.kairos.platform.ratelimit;

import dev.kairos.apikey.ApiKey.RateLimitOverride;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.request.RouteTemplate;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts every request against its caller's budget for the route class and refuses it with 429
 * once the budget is spent. When Redis cannot be reached requests pass (fail open): losing rate
 * limiting for a while is better than losing the API.
 */
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";
    private static final long LOG_EVERY_MS = 30_000;
    private static final AtomicLong lastFailureLog = new AtomicLong();

    private final RateLimiter limiter;
    private final RateLimitConfig config;
    private final CallerContext callerContext;

    RateLimitFilter(RateLimiter limiter, RateLimitConfig config, CallerContext callerContext) {
        this.limiter = limiter;
        this.config = config;
        this.callerContext = callerContext;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 100)
    public void limit(ContainerRequestContext request, ResourceInfo resource) {
        if (!config.enabled() || resource.getResourceMethod().isAnnotationPresent(Unmetered.class)) {
            return;
        }
        RouteClass routeClass = RouteClass.of(request.getMethod(), RouteTemplate.of(resource));
        Caller caller = callerContext.caller();
        RateLimitOverride limit = limitFor(routeClass, caller.rateLimits());
        RateLimiter.Decision decision;
        try {
            // The limit is part of the bucket's name: a changed limit starts from a full bucket
            // instead of inheriting a debt counted at another rate.
            String bucket = routeClass + ":" + limit.perMinute() + "/" + limit.burst() + ":" + caller.scope();
            decision = limiter.acquire(bucket, limit.perMinute(), limit.burst());
        } catch (RuntimeException e) {
            logFailOpen(e);
            return;
        }
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            long retryAfterSeconds = Math.max(1, (decision.retryAfterMs() + 999) / 1000);
            throw new ApiException(ErrorCode.RATE_LIMIT_EXCEEDED,
                    "Rate limit of " + limit.perMinute() + " requests per minute (burst " + limit.burst() + ") for "
                            + routeClass + " reached; retry after " + retryAfterSeconds + " s",
                    List.of(), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
        }
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle("X-RateLimit-Limit", Integer.toString(decision.limit()));
            response.getHeaders().putSingle("X-RateLimit-Remaining", Long.toString(decision.remaining()));
            response.getHeaders().putSingle("X-RateLimit-Reset", Long.toString(decision.resetEpochSeconds()));
        }
    }

    private RateLimitOverride limitFor(RouteClass routeClass, Map<String, RateLimitOverride> overrides) {
        RateLimitOverride override = overrides.get(routeClass.name());
        if (override != null) {
            return override;
        }
        RateLimitConfig.Limit configured = config.of(routeClass);
        return new RateLimitOverride(configured.perMinute(), configured.burst());
    }

    private static void logFailOpen(RuntimeException e) {
        long now = System.currentTimeMillis();
        long last = lastFailureLog.get();
        if (now - last >= LOG_EVERY_MS && lastFailureLog.compareAndSet(last, now)) {
            LOG.warnf("Redis unreachable, rate limits are not enforced until it is back: %s", e.getMessage());
        }
    }
}
