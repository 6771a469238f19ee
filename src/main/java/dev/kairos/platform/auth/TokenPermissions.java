package dev.kairos.platform.auth;

import java.util.List;
import java.util.Optional;

/**
 * Which of Cal.com's OAuth permissions a route needs when it is called with an access token:
 * reading (GET) needs {@code <FAMILY>_READ}, anything else {@code <FAMILY>_WRITE}. Routes of no
 * family (API keys, users, teams, organisations, OAuth clients, webhooks, routing forms, admin)
 * are for API keys only.
 */
public final class TokenPermissions {

    /** Path prefixes and the permission family that guards them, most specific first. */
    private static final List<String[]> FAMILIES = List.of(
            new String[] { "/v2/bookings", "BOOKING" },
            new String[] { "/v2/slots", "BOOKING" },
            new String[] { "/v2/event-types", "EVENT_TYPE" },
            new String[] { "/v2/schedules", "SCHEDULE" },
            new String[] { "/v2/me", "PROFILE" });

    private TokenPermissions() {
    }

    /**
     * @param method the HTTP method
     * @param path   the request path, without query
     * @return the permission the route needs, or empty when tokens may not call it at all
     */
    public static Optional<String> needed(String method, String path) {
        if (path.contains("/webhooks")) {
            return Optional.empty();
        }
        String family = null;
        for (String[] candidate : FAMILIES) {
            if (path.equals(candidate[0]) || path.startsWith(candidate[0] + "/")) {
                family = candidate[1];
                break;
            }
        }
        if (family == null && path.matches("/v2/teams/[^/]+/event-types(/.*)?")) {
            family = "EVENT_TYPE";
        }
        if (family == null) {
            return Optional.empty();
        }
        boolean read = "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method);
        return Optional.of(family + (read ? "_READ" : "_WRITE"));
    }
}
