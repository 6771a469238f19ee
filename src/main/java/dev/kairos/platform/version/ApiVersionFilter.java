package dev.kairos.platform.version;

import dev.kairos.platform.error.ApiException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code cal-api-version} (API.md section 1): a missing header means the family's current version;
 * an unknown value on a versioned family is refused, never silently served an older shape.
 * Unversioned families ignore the header.
 */
public class ApiVersionFilter {

    public static final String HEADER = "cal-api-version";

    /** Versioned families by path prefix; the first version of each is the current one. */
    enum Family {
        BOOKINGS("/v2/bookings", List.of("2024-08-13")),
        SLOTS("/v2/slots", List.of("2024-09-04")),
        EVENT_TYPES("/v2/event-types", List.of("2024-06-14")),
        SCHEDULES("/v2/schedules", List.of("2024-06-11", "2024-06-14"));

        final String prefix;
        final List<String> versions;

        Family(String prefix, List<String> versions) {
            this.prefix = prefix;
            this.versions = versions;
        }

        static Family of(String path) {
            for (Family family : values()) {
                if (path.equals(family.prefix) || path.startsWith(family.prefix + "/")) {
                    return family;
                }
            }
            return null;
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public void check(ContainerRequestContext request) {
        String requested = request.getHeaderString(HEADER);
        if (requested == null) {
            return;
        }
        Family family = Family.of(request.getUriInfo().getRequestUri().getRawPath());
        if (family != null && !family.versions.contains(requested.trim())) {
            throw ApiException.invalidRequest("Unsupported cal-api-version '" + requested + "' for " + family.prefix
                    + "; accepted: " + String.join(", ", family.versions) + " (omit the header for the current one)");
        }
    }
}
