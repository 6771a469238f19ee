package dev.kairos.team.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/teams/{teamId}/memberships}, Cal.com's {@code CreateTeamMembershipInput}. */
@Schema(name = "CreateTeamMembershipRequest")
public record CreateMembershipRequest(
        @NotNull @Schema(required = true, example = "42") Long userId,
        @Pattern(regexp = MembershipFields.ROLE, message = MembershipFields.ROLE_MESSAGE)
        @Schema(enumeration = { "MEMBER", "OWNER", "ADMIN" }, defaultValue = "MEMBER") String role,
        @Schema(defaultValue = "false", description = "Only accepted members see the team and host its event types") Boolean accepted) {
}
