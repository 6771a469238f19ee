package dev.kairos.eventtype.api;

import dev.kairos.eventtype.EventTypeRules.Host;
import dev.kairos.user.User;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A host of a team event type (Cal.com's TeamEventTypeResponseHost, with weight, group and schedule). */
@Schema(name = "TeamEventTypeHost")
public record TeamHostResponse(
        @Schema(required = true) long userId,
        @Schema(required = true) String name,
        @Schema(required = true) String username,
        @Schema(required = true) boolean mandatory,
        @Schema(required = true, enumeration = {"lowest", "low", "medium", "high", "highest"}) String priority,
        @Schema(required = true) int weight,
        @Schema(required = true, nullable = true) String groupId,
        @Schema(required = true, nullable = true) Long scheduleId,
        @Schema(required = true, nullable = true) String avatarUrl) {

    public static TeamHostResponse from(Host host, User user) {
        return new TeamHostResponse(host.userId(), user.name, user.username, host.mandatory(), host.priority(), host.weight(),
                host.groupId(), host.scheduleId(), null);
    }
}
