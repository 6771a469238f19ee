package dev.kairos.platform.request;

import dev.kairos.platform.error.ApiException;
import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request paths that are not in canonical form: dot segments ({@code /./}, {@code /../}),
 * encoded dots, slashes or backslashes, and empty segments. The router resolves such paths to
 * another route than the one their text names, so every check that reads a path (token
 * permissions, rate-limit classes, API version families) could be judging a different operation
 * than the one that runs. No Kairos path needs them.
 */
public class CanonicalPathFilter {

    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|$)");

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void refuseNonCanonical(HttpServerRequest request) {
        // The path as it arrived: the JAX-RS request URI is already the router's normalised one.
        String path = request.path();
        if (path == null) {
            return;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (DOT_SEGMENT.matcher(path).find() || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")
                || path.contains("\\") || path.contains("//")) {
            throw ApiException.invalidRequest("The path " + path + " is not in canonical form: send it without dot segments, "
                    + "encoded dots or slashes, and empty segments");
        }
    }
}
