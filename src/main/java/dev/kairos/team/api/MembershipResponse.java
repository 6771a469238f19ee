package dev.kairos.team.api;

import dev.kairos.team.Membership;
import dev.kairos.user.User;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A membership, Cal.com's {@code TeamMembershipOutput}. */
@Schema(name = "TeamMembership")
public record MembershipResponse(
        @Schema(required = true) long id,
        @Schema(required = true) long userId,
        @Schema(required = true) long teamId,
        @Schema(required = true) boolean accepted,
        @Schema(required = true, enumeration = { "MEMBER", "OWNER", "ADMIN" }) String role,
        @Schema(required = true) MembershipUser user) {

    public static MembershipResponse from(Membership membership, User user) {
        return new MembershipResponse(membership.id, membership.userId, membership.teamId, membership.accepted,
                membership.role.name(), new MembershipUser(user.email, user.username, user.name));
    }

    /** The member, Cal.com's {@code MembershipUserOutputDto}. */
    @Schema(name = "TeamMembershipUser")
    public record MembershipUser(@Schema(required = true) String email, @Schema(required = true) String username,
            @Schema(required = true) String name) {
    }
}
