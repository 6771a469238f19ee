package dev.kairos.team;

import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The one place that decides what a caller may do in a team. A team the caller is not an accepted
 * member of does not exist for them (404); a team they may read but not change answers 403.
 * Platform administrators act as owners of every team.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TeamAccess {

    private final MembershipRepository memberships;
    private final TeamRepository teams;

    TeamAccess(MembershipRepository memberships, TeamRepository teams) {
        this.memberships = memberships;
        this.teams = teams;
    }

    /**
     * The caller's role in the team, when it is at least {@code needed}.
     *
     * @throws ApiException 404 when the team is unknown or the caller is not an accepted member,
     *                      403 when their role is below {@code needed}
     */
    public TeamRole require(Caller caller, long teamId, TeamRole needed) {
        TeamRole role = roleOf(caller, teamId);
        if (!role.atLeast(needed)) {
            throw ApiException.forbidden("This needs the " + needed + " role in team " + teamId + "; you are " + role);
        }
        return role;
    }

    /** Like {@link #require} with MEMBER: the caller may read the team. */
    public TeamRole requireMember(Caller caller, long teamId) {
        return require(caller, teamId, TeamRole.MEMBER);
    }

    private TeamRole roleOf(Caller caller, long teamId) {
        if (caller == null || !caller.authenticated()) {
            throw ApiException.notFound("No team " + teamId);
        }
        if (caller.platformAdmin()) {
            if (teams.findByIdOptional(teamId).isEmpty()) {
                throw ApiException.notFound("No team " + teamId);
            }
            return TeamRole.OWNER;
        }
        return memberships.findOf(teamId, caller.userId())
                .filter(m -> m.accepted)
                .map(m -> m.role)
                .orElseThrow(() -> ApiException.notFound("No team " + teamId));
    }
}
