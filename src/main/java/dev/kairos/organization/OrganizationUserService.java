package dev.kairos.organization;

import dev.kairos.organization.api.OrganizationUserResponse;
import dev.kairos.organization.api.UpdateOrganizationUserRequest;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.team.Membership;
import dev.kairos.team.MembershipRepository;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRepository;
import dev.kairos.team.TeamRole;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Changing an organisation user's role and removing them, with the rules of team memberships:
 * admins manage members, only owners (and platform administrators) manage admins and owners, and
 * the organisation's last accepted owner stays. Changes of one organisation's users take turns on
 * a lock of its row, so two owners stepping down at once cannot leave it ownerless.
 */
@ApplicationScoped
@Transactional
public class OrganizationUserService {

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final TeamAccess access;
    private final OrganizationUserRemoval removal;
    private final Clock clock;

    OrganizationUserService(TeamRepository teams, MembershipRepository memberships, UserRepository users, TeamAccess access,
            OrganizationUserRemoval removal, Clock clock) {
        this.teams = teams;
        this.memberships = memberships;
        this.users = users;
        this.access = access;
        this.removal = removal;
        this.clock = clock;
    }

    /**
     * Gives the user another role in the organisation. The caller needs the role that manages both
     * the current and the new one (ADMIN for members, OWNER for admins and owners).
     *
     * @throws ApiException 404 for an organisation the caller is not an accepted member of, or a user who is
     *                      not one of its users; 403 for a role too low; 409 when it would demote the last owner
     */
    public OrganizationUserResponse changeRole(Caller caller, long orgId, long userId, UpdateOrganizationUserRequest request) {
        Membership membership = lockedMembership(caller, orgId, userId);
        TeamRole role = TeamRole.valueOf(request.role());
        access.requireInOrganization(caller, orgId, membership.role.neededToManage());
        access.requireInOrganization(caller, orgId, role.neededToManage());
        if (role != TeamRole.OWNER && isLastOwner(membership)) {
            throw lastOwner(orgId, "step down");
        }
        membership.role = role;
        memberships.flush();
        return OrganizationUserResponse.from(membership, users.findById(userId));
    }

    /**
     * Removes the user from the organisation (see {@link OrganizationUserRemoval} for what happens to
     * their keys and data) and returns them as they were. The caller needs the role that manages theirs.
     *
     * @throws ApiException 404, 403 and 409 (the last owner) as {@link #changeRole}
     */
    public OrganizationUserResponse remove(Caller caller, long orgId, long userId) {
        Membership membership = lockedMembership(caller, orgId, userId);
        access.requireInOrganization(caller, orgId, membership.role.neededToManage());
        if (isLastOwner(membership)) {
            throw lastOwner(orgId, "be removed");
        }
        OrganizationUserResponse removed = OrganizationUserResponse.from(membership, users.findById(userId));
        removal.remove(userId, clock.instant());
        return removed;
    }

    /** Locks the organisation's row first, so that every check below sees its owners as they stay. */
    private Membership lockedMembership(Caller caller, long orgId, long userId) {
        access.requireInOrganization(caller, orgId, TeamRole.MEMBER);
        teams.lockOrganization(orgId).orElseThrow(() -> ApiException.notFound("No organization " + orgId));
        return memberships.findOf(orgId, userId)
                .orElseThrow(() -> ApiException.notFound("No user " + userId + " in organization " + orgId));
    }

    private boolean isLastOwner(Membership membership) {
        return membership.role == TeamRole.OWNER && membership.accepted && memberships.countAcceptedOwners(membership.teamId) <= 1;
    }

    private static ApiException lastOwner(long orgId, String what) {
        return ApiException.conflict("This is the last owner of organization " + orgId + " and cannot " + what
                + "; make another user of it an OWNER first");
    }
}
