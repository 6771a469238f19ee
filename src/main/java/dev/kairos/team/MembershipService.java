package dev.kairos.team;

import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.team.api.CreateMembershipRequest;
import dev.kairos.team.api.MembershipResponse;
import dev.kairos.team.api.UpdateMembershipRequest;
import dev.kairos.user.User;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;

/**
 * Adding, changing and removing team members. Admins manage members; only owners manage admins
 * and owners; the last accepted owner of a team stays. Changes of one team's memberships take
 * turns on a lock of the team's row, so two owners stepping down at once cannot leave it ownerless.
 * A team of an organisation takes only users of that organisation, and a team outside any
 * organisation only users outside any.
 */
@ApplicationScoped
@Transactional
public class MembershipService {

    private final MembershipRepository memberships;
    private final TeamRepository teams;
    private final UserRepository users;
    private final TeamAccess access;
    private final Clock clock;

    MembershipService(MembershipRepository memberships, TeamRepository teams, UserRepository users, TeamAccess access, Clock clock) {
        this.memberships = memberships;
        this.teams = teams;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Adds a user to the team: MEMBER by admins and owners, ADMIN or OWNER by owners only.
     *
     * @throws ApiException 404 for a team the caller is not an accepted member of; 403 for a role too
     *                      low; 422 naming userId when there is no such user or they belong to another
     *                      organisation than the team; 409 when they are already a member
     */
    public MembershipResponse add(Caller caller, long teamId, CreateMembershipRequest request) {
        TeamRole role = request.role() == null ? TeamRole.MEMBER : TeamRole.valueOf(request.role());
        Team team = lockedTeam(caller, teamId, role.neededToManage());
        User user = users.findByIdOptional(request.userId())
                .orElseThrow(() -> ApiException.validation("userId", "must be the id of an existing user"));
        if (!Objects.equals(team.parentId, user.organizationId)) {
            // Nothing crosses organisations: a team of one takes only its own users, a team of none only users of none.
            throw ApiException.validation("userId", team.parentId != null ? "must be the id of a user of organization " + team.parentId
                    : "must be the id of a user outside any organization, like the team; a user of an organization joins its teams only");
        }
        if (memberships.findOf(teamId, user.id).isPresent()) {
            throw ApiException.conflict("User " + user.id + " is already a member of team " + teamId + "; change that membership instead");
        }
        Membership membership = Membership.of(teamId, user.id, role, Boolean.TRUE.equals(request.accepted()), clock.instant());
        memberships.persist(membership);
        memberships.flush();
        return MembershipResponse.from(membership, user);
    }

    /**
     * One of the team's memberships, for any accepted member.
     *
     * @throws ApiException 404 for a team the caller is not an accepted member of, or a membership of another team
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MembershipResponse get(Caller caller, long teamId, long membershipId) {
        access.requireMember(caller, teamId);
        return view(membership(teamId, membershipId));
    }

    /** One page of the team's memberships, oldest first, for any accepted member (404 as {@link #get}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MembershipResponse> page(Caller caller, long teamId, PageParams page) {
        access.requireMember(caller, teamId);
        int limit = page.limit();
        int offset = page.offset();
        return Page.of(memberships.pageOfTeam(teamId, offset, limit), m -> MembershipResponse.from(m.membership(), m.user()),
                offset, limit, memberships.countOfTeam(teamId));
    }

    /**
     * Changes a membership's role or acceptance. The caller needs the role that manages both the
     * current and the new role (ADMIN for members, OWNER for admins and owners).
     *
     * @throws ApiException 404 as {@link #get}; 403 for a role too low; 409 when it would leave the team without an accepted owner
     */
    public MembershipResponse change(Caller caller, long teamId, long membershipId, UpdateMembershipRequest request) {
        lockedTeam(caller, teamId, TeamRole.MEMBER);
        Membership membership = membership(teamId, membershipId);
        TeamRole role = request.role() == null ? membership.role : TeamRole.valueOf(request.role());
        access.require(caller, teamId, membership.role.neededToManage());
        access.require(caller, teamId, role.neededToManage());
        boolean accepted = request.accepted() == null ? membership.accepted : request.accepted();
        if ((role != TeamRole.OWNER || !accepted) && isLastOwner(membership)) {
            throw lastOwner(teamId, "step down or be un-accepted");
        }
        membership.role = role;
        membership.accepted = accepted;
        memberships.flush();
        return view(membership);
    }

    /**
     * Removes a membership. Any accepted member may remove their own (leave); others' need the
     * role that manages theirs. Returns the membership as it was.
     *
     * @throws ApiException 404 as {@link #get}; 403 for a role too low; 409 for the team's last accepted owner
     */
    public MembershipResponse remove(Caller caller, long teamId, long membershipId) {
        lockedTeam(caller, teamId, TeamRole.MEMBER);
        Membership membership = membership(teamId, membershipId);
        if (membership.userId != caller.userId()) {
            access.require(caller, teamId, membership.role.neededToManage());
        }
        if (isLastOwner(membership)) {
            throw lastOwner(teamId, "leave or be removed");
        }
        MembershipResponse removed = view(membership);
        memberships.delete(membership);
        return removed;
    }

    /** Locks the team's row first, so that every check below sees the memberships as they stay. */
    private Team lockedTeam(Caller caller, long teamId, TeamRole needed) {
        Team team = teams.lock(teamId).orElseThrow(() -> ApiException.notFound("No team " + teamId));
        access.require(caller, teamId, needed);
        return team;
    }

    private Membership membership(long teamId, long membershipId) {
        return memberships.findInTeam(teamId, membershipId)
                .orElseThrow(() -> ApiException.notFound("No membership " + membershipId + " in team " + teamId));
    }

    private boolean isLastOwner(Membership membership) {
        return membership.role == TeamRole.OWNER && membership.accepted && memberships.countAcceptedOwners(membership.teamId) <= 1;
    }

    private static ApiException lastOwner(long teamId, String what) {
        return ApiException.conflict("This is the last owner of team " + teamId + " and cannot " + what
                + "; make another member an accepted OWNER first, or delete the team");
    }

    private MembershipResponse view(Membership membership) {
        return MembershipResponse.from(membership, users.findById(membership.userId));
    }
}
