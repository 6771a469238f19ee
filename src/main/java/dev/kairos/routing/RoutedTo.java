package dev.kairos.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a response was routed: an event type with its booking page path ({@code /{username}/{slug}}
 * or {@code /team/{teamSlug}/{slug}}) and, when the route names them, the team members to offer;
 * or an external URL; or a message to show.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RoutedTo")
public record RoutedTo(
        @Schema(required = true) ActionType type,
        Long eventTypeId,
        String eventTypeSlug,
        @Schema(example = "/jane/sales-demo") String bookingPath,
        @Schema(description = "The organization of the event type's owner or team, when it has one: pass it as organizationSlug "
                + "with the path's username or teamSlug (GET /v2/slots, POST /v2/bookings)") String organizationSlug,
        List<Long> teamMemberIds,
        String url,
        String message) {

    public static RoutedTo eventType(long id, String slug, String bookingPath, List<Long> teamMemberIds) {
        return eventType(id, slug, bookingPath, null, teamMemberIds);
    }

    public static RoutedTo eventType(long id, String slug, String bookingPath, String organizationSlug, List<Long> teamMemberIds) {
        return new RoutedTo(ActionType.EVENT_TYPE, id, slug, bookingPath, organizationSlug,
                teamMemberIds == null || teamMemberIds.isEmpty() ? null : List.copyOf(teamMemberIds), null, null);
    }

    public static RoutedTo externalUrl(String url) {
        return new RoutedTo(ActionType.EXTERNAL_URL, null, null, null, null, null, url, null);
    }

    public static RoutedTo message(String message) {
        return new RoutedTo(ActionType.MESSAGE, null, null, null, null, null, null, message);
    }
}
