package dev.kairos.team.api;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /v2/teams/{teamId}/memberships/{membershipId}}: only the fields sent change. */
@Schema(name = "UpdateTeamMembershipRequest")
public record UpdateMembershipRequest(
        @Pattern(regexp = MembershipFields.ROLE, message = MembershipFields.ROLE_MESSAGE)
        @Schema(enumeration = { "MEMBER", "OWNER", "ADMIN" }) String role,
        Boolean accepted) {
}
