package dev.kairos.routing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a route (or the fallback) sends the booker: an event type (for a team event type
 * optionally only some of its hosts), an external URL, or a message. Only the properties of the
 * type are set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RoutingFormAction")
public record Action(
        @Schema(required = true) ActionType type,
        Long eventTypeId,
        @Schema(description = "Team event types only: the hosts to offer, each a host of the event type") List<Long> teamMemberIds,
        String url,
        String message) {

    public static Action eventType(long eventTypeId, List<Long> teamMemberIds) {
        return new Action(ActionType.EVENT_TYPE, eventTypeId, teamMemberIds, null, null);
    }

    public static Action externalUrl(String url) {
        return new Action(ActionType.EXTERNAL_URL, null, null, url, null);
    }

    public static Action message(String message) {
        return new Action(ActionType.MESSAGE, null, null, null, message);
    }
}
