package dev.kairos.routing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to send the booker; give only the properties of the type. */
@Schema(name = "RoutingFormActionInput")
public record ActionInput(
        @NotBlank @Schema(required = true, enumeration = { "eventType", "externalUrl", "message" }) String type,
        @Schema(description = "eventType: a personal form's owner's event type, or a team form's team event type or its "
                + "creator's own") Long eventTypeId,
        @Size(max = FormLimits.MAX_TEAM_MEMBERS) @Schema(description = "eventType of a team only: the hosts to offer")
        List<@NotNull Long> teamMemberIds,
        @Size(max = FormLimits.MAX_URL) @Schema(description = "externalUrl: an absolute http(s) URL") String url,
        @Size(max = FormLimits.MAX_MESSAGE) @Schema(description = "message: the text to show") String message) {
}
