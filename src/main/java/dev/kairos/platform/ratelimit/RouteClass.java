package dev.kairos.platform.ratelimit;

/** The rate-limit classes of API.md section 4, each with its own budget. */
public enum RouteClass {
    BOOKINGS_CREATE,
    SLOTS,
    BOOKINGS_GET,
    WEBHOOKS_CREATE,
    DEFAULT;

    /**
     * @param method HTTP method
     * @param path   the request path, e.g. {@code /v2/bookings/abc}
     */
    public static RouteClass of(String method, String path) {
        String normalized = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (method.equals("POST") && normalized.equals("/v2/bookings")) {
            return BOOKINGS_CREATE;
        }
        if (method.equals("GET") && (normalized.equals("/v2/slots") || normalized.startsWith("/v2/slots/"))) {
            return SLOTS;
        }
        if (method.equals("GET") && normalized.startsWith("/v2/bookings/")
                && normalized.indexOf('/', "/v2/bookings/".length()) < 0) {
            return BOOKINGS_GET;
        }
        if (method.equals("POST") && (normalized.equals("/v2/webhooks") || isEventTypeWebhooks(normalized))) {
            return WEBHOOKS_CREATE;
        }
        return DEFAULT;
    }

    /** {@code /v2/event-types/{id}/webhooks}: creating an event type's webhook counts like creating a user's. */
    private static boolean isEventTypeWebhooks(String path) {
        return path.startsWith("/v2/event-types/") && path.endsWith("/webhooks")
                && path.indexOf('/', "/v2/event-types/".length()) == path.length() - "/webhooks".length();
    }
}
