package dev.kairos.organization.landing;

import dev.kairos.organization.landing.api.LandingSettingsRequest;
import dev.kairos.platform.error.ErrorDetail;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of a landing page that bean validation does not state: image and social URLs are
 * absolute https URLs with a host, and social links name only the networks the templates show.
 */
final class LandingRules {

    static final Set<String> NETWORKS = Set.of("facebook", "instagram", "youtube", "tiktok");

    private LandingRules() {
    }

    /** Every problem of the request, one detail per field; empty when it is valid. */
    static List<ErrorDetail> problems(LandingSettingsRequest request) {
        List<ErrorDetail> problems = new ArrayList<>();
        checkUrl("logoUrl", request.logoUrl(), problems);
        checkUrl("heroImageUrl", request.heroImageUrl(), problems);
        checkUrl("teacherAvatarUrl", request.teacherAvatarUrl(), problems);
        Map<String, String> links = request.socialLinks() == null ? Map.of() : new TreeMap<>(request.socialLinks());
        links.forEach((network, url) -> {
            String field = "socialLinks." + network;
            if (!NETWORKS.contains(network)) {
                problems.add(new ErrorDetail(field, "is not a supported network; use facebook, instagram, youtube or tiktok"));
            } else if (url == null) {
                problems.add(new ErrorDetail(field, "must be an absolute https URL; leave the network out instead of null"));
            } else if (url.length() > LandingSettingsRequest.URL_MAX) {
                problems.add(new ErrorDetail(field, "must be at most " + LandingSettingsRequest.URL_MAX + " characters"));
            } else {
                checkUrl(field, url, problems);
            }
        });
        return problems;
    }

    /** Whether {@code value} is an absolute https URL with a host. */
    static boolean isHttpsUrl(String value) {
        try {
            URI uri = new URI(value);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkUrl(String field, String value, List<ErrorDetail> problems) {
        if (value != null && !isHttpsUrl(value)) {
            problems.add(new ErrorDetail(field, "must be an absolute https URL, e.g. https://cdn.example.com/image.png"));
        }
    }
}
