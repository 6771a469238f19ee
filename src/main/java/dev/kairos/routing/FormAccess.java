package dev.kairos.routing;

import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The one place that decides who may see or change a routing form. A personal form exists only
 * for its creator; a team form for the team's accepted members, who read it, while changing it
 * takes ADMIN or OWNER. A form the caller may not see is a 404 that does not reveal its team.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class FormAccess {

    private final RoutingFormRepository forms;
    private final TeamAccess teams;

    FormAccess(RoutingFormRepository forms, TeamAccess teams) {
        this.forms = forms;
        this.teams = teams;
    }

    /** Whose a new form is: the caller's, or the team's when the caller is ADMIN or OWNER in it. */
    FormOwner creating(Caller caller, Long teamId) {
        if (teamId != null) {
            teams.require(caller, teamId, TeamRole.ADMIN);
        }
        return new FormOwner(caller.userId(), teamId);
    }

    RoutingForm readable(Caller caller, long id) {
        return require(caller, id, TeamRole.MEMBER);
    }

    RoutingForm changeable(Caller caller, long id) {
        return require(caller, id, TeamRole.ADMIN);
    }

    /** Refuses a team the caller is not an accepted member of (404). */
    void requireMember(Caller caller, long teamId) {
        teams.requireMember(caller, teamId);
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("No routing form " + id + " of yours or of your teams exists");
    }

    private RoutingForm require(Caller caller, long id, TeamRole needed) {
        RoutingForm form = forms.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (form.teamId == null) {
            if (form.ownerUserId != caller.userId()) {
                throw notFound(id);
            }
            return form;
        }
        try {
            teams.require(caller, form.teamId, needed);
        } catch (ApiException refused) {
            throw refused.code() == ErrorCode.NOT_FOUND ? notFound(id) : refused;
        }
        return form;
    }
}
