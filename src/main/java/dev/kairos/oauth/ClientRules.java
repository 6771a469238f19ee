package dev.kairos.oauth;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an OAuth client's redirect URIs and permissions may be. */
final class ClientRules {

    /** Cal.com's permission names, in its order; {@code *} grants them all. */
    static final List<String> PERMISSIONS = List.of("EVENT_TYPE_READ", "EVENT_TYPE_WRITE", "BOOKING_READ", "BOOKING_WRITE",
            "SCHEDULE_READ", "SCHEDULE_WRITE", "APPS_READ", "APPS_WRITE", "PROFILE_READ", "PROFILE_WRITE", "*");

    private ClientRules() {
    }

    /**
     * The redirect URIs and permissions, checked (either may be null: not being changed); duplicates dropped.
     *
     * @throws ApiException 422 naming every invalid entry
     */
    static void check(List<String> redirectUris, List<String> permissions) {
        List<ErrorDetail> problems = new ArrayList<>();
        if (redirectUris != null) {
            for (int i = 0; i < redirectUris.size(); i++) {
                String problem = redirectUriProblem(redirectUris.get(i));
                if (problem != null) {
                    problems.add(new ErrorDetail("redirectUris[" + i + "]", problem));
                }
            }
        }
        if (permissions != null) {
            for (int i = 0; i < permissions.size(); i++) {
                if (!PERMISSIONS.contains(permissions.get(i))) {
                    problems.add(new ErrorDetail("permissions[" + i + "]", "must be one of " + String.join(", ", PERMISSIONS)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid OAuth client", problems, Map.of());
        }
    }

    static List<String> distinct(List<String> values) {
        Set<String> kept = new LinkedHashSet<>(values);
        return List.copyOf(kept);
    }

    private static String redirectUriProblem(String value) {
        if (value == null || value.isBlank()) {
            return "must be an absolute http or https URL";
        }
        try {
            URI uri = new URI(value);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!uri.isAbsolute() || !web || uri.getHost() == null) {
                return "must be an absolute http or https URL, got " + value;
            }
            if (uri.getFragment() != null) {
                return "must not have a fragment (#...)";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not a valid URL: " + e.getReason();
        }
    }
}
