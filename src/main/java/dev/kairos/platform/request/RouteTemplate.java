package dev.kairos.platform.request;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;

/**
 * The path template of the operation a request was routed to, e.g. {@code /v2/bookings/{bookingUid}}:
 * what checks that depend on the route must read, rather than the request's own path text.
 */
public final class RouteTemplate {

    private RouteTemplate() {
    }

    /** The matched operation's template, without a trailing slash. */
    public static String of(ResourceInfo resource) {
        String joined = "/" + value(resource.getResourceClass().getAnnotation(Path.class)) + "/"
                + value(resource.getResourceMethod().getAnnotation(Path.class));
        String template = joined.replaceAll("/+", "/");
        return template.length() > 1 && template.endsWith("/") ? template.substring(0, template.length() - 1) : template;
    }

    private static String value(Path path) {
        return path == null ? "" : path.value();
    }
}
