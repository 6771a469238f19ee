package dev.kairos.team;

import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.team.api.CreateTeamRequest;
import dev.kairos.team.api.TeamResponse;
import dev.kairos.team.api.UpdateTeamRequest;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Creating, reading, changing and deleting teams; who may do which is decided by {@link TeamAccess}. */
@ApplicationScoped
@Transactional
public class TeamService {

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final TeamAccess access;
    private final Clock clock;

    TeamService(TeamRepository teams, MembershipRepository memberships, UserRepository users, TeamAccess access, Clock clock) {
        this.teams = teams;
        this.memberships = memberships;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Creates a team with the caller as its accepted owner. Everything a member of an organisation
     * creates belongs to the organisation: their team is one of its teams (its admins and owners
     * manage it, and it takes only the organisation's users); anyone else's is a top-level team.
     *
     * @throws ApiException 409 when another team of the same organisation (or, top-level, another
     *                      top-level team or an organisation) has the slug
     */
    public TeamResponse create(long userId, CreateTeamRequest request) {
        Team team = newTeam(users.findById(userId).organizationId, request);
        memberships.persist(Membership.of(team.id, userId, TeamRole.OWNER, true, team.createdAt));
        return TeamResponse.from(team);
    }

    /**
     * Creates a team of the organisation (its admins and owners). A creator who belongs to the
     * organisation becomes the team's accepted owner; a platform administrator from outside does not.
     *
     * @throws ApiException 404 for an organisation the caller is not an accepted member of; 403 for a
     *                      plain member; 409 when another team of the organisation has the slug
     */
    public TeamResponse createInOrganization(Caller caller, long orgId, CreateTeamRequest request) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        Team team = newTeam(orgId, request);
        if (memberships.findOf(orgId, caller.userId()).filter(m -> m.accepted).isPresent()) {
            memberships.persist(Membership.of(team.id, caller.userId(), TeamRole.OWNER, true, team.createdAt));
        }
        return TeamResponse.from(team);
    }

    /** One page of the organisation's teams, oldest first, for any accepted member of it (404 as {@link #createInOrganization}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TeamResponse> pageInOrganization(Caller caller, long orgId, PageParams page) {
        access.requireInOrganization(caller, orgId, TeamRole.MEMBER);
        int limit = page.limit();
        int offset = page.offset();
        return Page.of(teams.pageOfOrganization(orgId, offset, limit), TeamResponse::from, offset, limit,
                teams.countOfOrganization(orgId));
    }

    private Team newTeam(Long parentId, CreateTeamRequest request) {
        requireFreeSlug(parentId, request.slug(), null);
        Team team = Team.create(request.name().trim(), request.slug(), clock.instant());
        team.parentId = parentId;
        team.bio = blankToNull(request.bio());
        team.logoUrl = blankToNull(request.logoUrl());
        team.bannerUrl = blankToNull(request.bannerUrl());
        team.brandColor = blankToNull(request.brandColor());
        team.isPrivate = Boolean.TRUE.equals(request.isPrivate());
        teams.persist(team);
        teams.flush();
        return team;
    }

    /**
     * The team, for any accepted member.
     *
     * @throws ApiException 404 when the team is unknown or the caller is not an accepted member
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamResponse get(Caller caller, long teamId) {
        return get(caller, null, teamId);
    }

    /**
     * Like {@link #get}, through the organisation: a team of another organisation is 404.
     *
     * @param orgId the organisation the team must belong to; null for any
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamResponse get(Caller caller, Long orgId, long teamId) {
        return TeamResponse.from(team(caller, orgId, teamId, TeamRole.MEMBER));
    }

    /**
     * Applies the fields sent (admins and owners).
     *
     * @throws ApiException 404 as {@link #get}; 403 for a plain member; 409 when the new slug is taken
     */
    public TeamResponse update(Caller caller, long teamId, UpdateTeamRequest request) {
        return update(caller, null, teamId, request);
    }

    /** Like {@link #update}, through the organisation (see {@link #get(Caller, Long, long)}). */
    public TeamResponse update(Caller caller, Long orgId, long teamId, UpdateTeamRequest request) {
        Team team = team(caller, orgId, teamId, TeamRole.ADMIN);
        if (request.slug() != null && !request.slug().equals(team.slug)) {
            requireFreeSlug(team.parentId, request.slug(), team.id);
            team.slug = request.slug();
        }
        if (request.name() != null) {
            team.name = request.name().trim();
        }
        if (request.bio() != null) {
            team.bio = blankToNull(request.bio());
        }
        if (request.logoUrl() != null) {
            team.logoUrl = blankToNull(request.logoUrl());
        }
        if (request.bannerUrl() != null) {
            team.bannerUrl = blankToNull(request.bannerUrl());
        }
        if (request.brandColor() != null) {
            team.brandColor = blankToNull(request.brandColor());
        }
        if (request.isPrivate() != null) {
            team.isPrivate = request.isPrivate();
        }
        team.updatedAt = clock.instant();
        teams.flush();
        return TeamResponse.from(team);
    }

    /**
     * Deletes the team with its memberships and team event types (owners only); returns it as it was.
     *
     * @throws ApiException 404 as {@link #get}; 403 for anyone but an owner
     */
    public TeamResponse delete(Caller caller, long teamId) {
        return delete(caller, null, teamId);
    }

    /** Like {@link #delete}, through the organisation (see {@link #get(Caller, Long, long)}). */
    public TeamResponse delete(Caller caller, Long orgId, long teamId) {
        Team team = team(caller, orgId, teamId, TeamRole.OWNER);
        TeamResponse deleted = TeamResponse.from(team);
        teams.delete(team);
        return deleted;
    }

    /** The team once the caller may act on it; through an organisation, only that organisation's teams exist. */
    private Team team(Caller caller, Long orgId, long teamId, TeamRole needed) {
        if (orgId != null) {
            access.requireInOrganization(caller, orgId, TeamRole.MEMBER);
            teams.findTeamOf(orgId, teamId).orElseThrow(() -> ApiException.notFound("No team " + teamId + " in organization " + orgId));
        }
        access.require(caller, teamId, needed);
        return teams.findTeam(teamId).orElseThrow(() -> ApiException.notFound("No team " + teamId));
    }

    private void requireFreeSlug(Long parentId, String slug, Long exceptId) {
        if (teams.slugTaken(parentId, slug, exceptId)) {
            throw ApiException.conflict("The team slug " + slug + " is taken; choose another");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
