package dev.kairos.organization.api;

import dev.kairos.team.Membership;
import dev.kairos.user.User;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user of an organisation with their role in it. */
@Schema(name = "OrganizationUser")
public record OrganizationUserResponse(
        @Schema(required = true) long id,
        @Schema(required = true) String email,
        @Schema(required = true) String name,
        @Schema(required = true) String username,
        @Schema(required = true) String timeZone,
        @Schema(required = true) String locale,
        @Schema(required = true) long organizationId,
        @Schema(required = true, enumeration = { "MEMBER", "OWNER", "ADMIN" }) String role,
        @Schema(required = true) Instant createdAt) {

    public static OrganizationUserResponse from(Membership membership, User user) {
        return new OrganizationUserResponse(user.id, user.email, user.name, user.username, user.timeZone, user.locale,
                membership.teamId, membership.role.name(), user.createdAt);
    }
}
