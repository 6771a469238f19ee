package dev.kairos.eventtype;

import dev.kairos.eventtype.api.LocationInput;
import dev.kairos.platform.error.ApiException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks the locations of an event type against Cal.com's 2024-06-14 input location types. */
final class LocationRules {

    static final Set<String> INTEGRATIONS = Set.of("cal-video", "google-meet", "office365-video", "zoom");
    private static final String TYPES = "address, link, integration, phone, attendeeAddress, attendeePhone or attendeeDefined";

    private LocationRules() {
    }

    /** The locations in their stored shape, or a 422 naming the first one that is wrong. */
    static List<Location> normalize(List<LocationInput> inputs) {
        List<Location> locations = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Location location = normalize(inputs.get(i), "locations[" + i + "].");
            if (locations.contains(location)) {
                throw ApiException.validation("locations[" + i + "]", "is the same location as an earlier one");
            }
            locations.add(location);
        }
        return locations;
    }

    private static Location normalize(LocationInput in, String field) {
        boolean shown = Boolean.TRUE.equals(in.isPublic());
        return switch (in.type()) {
            case "address" -> new Location("address", required(in.address(), field + "address").trim(), null, null, null, shown);
            case "link" -> new Location("link", null, link(required(in.link(), field + "link"), field + "link"), null, null, shown);
            case "phone" -> new Location("phone", null, null, phone(required(in.phone(), field + "phone"), field + "phone"),
                    null, shown);
            case "integration" -> new Location("integration", null, null, null, integration(in.integration(), field), null);
            case "attendeeAddress", "attendeePhone", "attendeeDefined" -> new Location(in.type(), null, null, null, null, null);
            case "organizersDefaultApp" -> throw ApiException.validation(field + "type",
                    "organizersDefaultApp is for team event types only");
            default -> throw ApiException.validation(field + "type", "must be " + TYPES);
        };
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.validation(field, "is required for this location type");
        }
        return value;
    }

    private static String link(String value, String field) {
        try {
            URI uri = new URI(value.trim());
            if (uri.isAbsolute() && Set.of("http", "https").contains(uri.getScheme().toLowerCase()) && uri.getHost() != null) {
                return value.trim();
            }
        } catch (java.net.URISyntaxException ignored) {
            // refused below
        }
        throw ApiException.validation(field, "must be an absolute http or https URL");
    }

    private static String phone(String value, String field) {
        String compact = value.replaceAll("[\\s().-]", "");
        if (!compact.matches("\\+[1-9][0-9]{6,14}")) {
            throw ApiException.validation(field, "must be an international phone number such as +37120993151");
        }
        return compact;
    }

    private static String integration(String value, String field) {
        if (value == null || !INTEGRATIONS.contains(value)) {
            throw ApiException.validation(field + "integration", "must be cal-video, google-meet, office365-video or zoom");
        }
        return value;
    }
}
