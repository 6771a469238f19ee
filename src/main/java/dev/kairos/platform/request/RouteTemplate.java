package dev.kairos.platform.request;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The path template of the operation a request was routed to, e.g. {@code /v2/bookings/{bookingUid}}:
 * what checks that depend on the route must read, rather than the request's own path text.
 * Worked out once per operation: the rate limiter asks on every request.
 */
public final class RouteTemplate {

    private record Operation(Class<?> resourceClass, Method method) {
    }

    private static final Map<Operation, String> TEMPLATES = new ConcurrentHashMap<>();

    private RouteTemplate() {
    }

    /** The matched operation's template, without a trailing slash. */
    public static String of(ResourceInfo resource) {
        return TEMPLATES.computeIfAbsent(new Operation(resource.getResourceClass(), resource.getResourceMethod()),
                RouteTemplate::template);
    }

    private static String template(Operation operation) {
        String joined = "/" + value(operation.resourceClass().getAnnotation(Path.class)) + "/"
                + value(operation.method().getAnnotation(Path.class));
        String template = joined.replaceAll("/+", "/");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    private static String value(Path path) {
        return path == null ? "" : path.value();
    }
}
