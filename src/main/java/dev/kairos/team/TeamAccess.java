package dev.kairos.team;

import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The one place that decides what a caller may do in a team or an organisation. A team the caller
 * may not read does not exist for them (404); a team they may read but not change answers 403.
 * Platform administrators act as owners of every team and organisation. In a team of an
 * organisation, the organisation's admins and owners act as its owners and the organisation's
 * members may read it. Organisations are teams with the organisation flag, but the team operations
 * never see them: they have their own ({@link #requireInOrganization}).
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
     * The caller's role in the team (never an organisation), when it is at least {@code needed}.
     *
     * @throws ApiException 404 when the team is unknown, an organisation, or not readable by the caller,
     *                      403 when their role is below {@code needed}
     */
    public TeamRole require(Caller caller, long teamId, TeamRole needed) {
        return atLeast(roleInTeam(caller, teamId), needed, "team " + teamId);
    }

    /** Like {@link #require} with MEMBER: the caller may read the team. */
    public TeamRole requireMember(Caller caller, long teamId) {
        return require(caller, teamId, TeamRole.MEMBER);
    }

    /**
     * The caller's role in the organisation, when it is at least {@code needed}.
     *
     * @throws ApiException 404 when the organisation is unknown or the caller is not an accepted member of it,
     *                      403 when their role is below {@code needed}
     */
    public TeamRole requireInOrganization(Caller caller, long orgId, TeamRole needed) {
        ApiException absent = ApiException.notFound("No organization " + orgId);
        Team org = teams.findOrganization(orgId).filter(o -> authenticated(caller)).orElseThrow(() -> absent);
        TeamRole role = caller.platformAdmin() ? TeamRole.OWNER : ownRole(caller, org.id).orElseThrow(() -> absent);
        return atLeast(role, needed, "organization " + orgId);
    }

    private TeamRole roleInTeam(Caller caller, long teamId) {
        ApiException absent = ApiException.notFound("No team " + teamId);
        Team team = teams.findTeam(teamId).filter(t -> authenticated(caller)).orElseThrow(() -> absent);
        if (caller.platformAdmin()) {
            return TeamRole.OWNER;
        }
        Optional<TeamRole> own = ownRole(caller, team.id);
        if (team.parentId != null) {
            Optional<TeamRole> inOrg = ownRole(caller, team.parentId).map(r -> r.atLeast(TeamRole.ADMIN) ? TeamRole.OWNER : TeamRole.MEMBER);
            if (inOrg.isPresent() && (own.isEmpty() || inOrg.get().atLeast(own.get()))) {
                return inOrg.get();
            }
        }
        return own.orElseThrow(() -> absent);
    }

    private Optional<TeamRole> ownRole(Caller caller, long teamId) {
        return memberships.findOf(teamId, caller.userId()).filter(m -> m.accepted).map(m -> m.role);
    }

    private static boolean authenticated(Caller caller) {
        return caller != null && caller.authenticated();
    }

    private static TeamRole atLeast(TeamRole role, TeamRole needed, String where) {
        if (!role.atLeast(needed)) {
            throw ApiException.forbidden("This needs the " + needed + " role in " + where + "; you are " + role);
        }
        return role;
    }
}
