package dev.kairos.team.api;

import dev.kairos.team.Team;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team, with the field names of Cal.com's team outputs. */
@Schema(name = "Team")
public record TeamResponse(
        @Schema(required = true) long id,
        @Schema(nullable = true, description = "The organisation the team belongs to; null for a top-level team") Long parentId,
        @Schema(required = true) String name,
        @Schema(required = true) String slug,
        @Schema(required = true, nullable = true) String bio,
        @Schema(required = true, nullable = true) String logoUrl,
        @Schema(required = true, nullable = true) String bannerUrl,
        @Schema(required = true, nullable = true) String brandColor,
        @Schema(required = true) boolean isPrivate,
        @Schema(required = true) boolean isOrganization,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    public static TeamResponse from(Team team) {
        return new TeamResponse(team.id, team.parentId, team.name, team.slug, team.bio, team.logoUrl, team.bannerUrl,
                team.brandColor, team.isPrivate, team.organization, team.createdAt, team.updatedAt);
    }
}
