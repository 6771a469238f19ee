package dev.kairos.eventtype.api;

import dev.kairos.team.Team;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The team that owns a team event type (Cal.com's EventTypeTeam). */
@Schema(name = "EventTypeTeam")
public record EventTypeTeamResponse(@Schema(required = true) long id, String slug, String name, String logoUrl, String bannerUrl,
        String brandColor) {

    public static EventTypeTeamResponse from(Team team) {
        return new EventTypeTeamResponse(team.id, team.slug, team.name, team.logoUrl, team.bannerUrl, team.brandColor);
    }
}
