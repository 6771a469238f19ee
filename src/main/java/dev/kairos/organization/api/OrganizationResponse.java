package dev.kairos.organization.api;

import dev.kairos.team.Team;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation: a tenant whose users, teams and resources are kept apart from every other's. */
@Schema(name = "Organization")
public record OrganizationResponse(
        @Schema(required = true) long id,
        @Schema(required = true) String name,
        @Schema(required = true) String slug,
        @Schema(required = true) boolean isOrganization,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    public static OrganizationResponse from(Team org) {
        return new OrganizationResponse(org.id, org.name, org.slug, true, org.createdAt, org.updatedAt);
    }
}
