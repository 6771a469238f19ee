package dev.kairos.team;

import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.team.api.CreateTeamRequest;
import dev.kairos.team.api.TeamResponse;
import dev.kairos.team.api.UpdateTeamRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Creating, reading, changing and deleting teams; who may do which is decided by {@link TeamAccess}. */
@ApplicationScoped
@Transactional
public class TeamService {

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final TeamAccess access;
    private final Clock clock;

    TeamService(TeamRepository teams, MembershipRepository memberships, TeamAccess access, Clock clock) {
        this.teams = teams;
        this.memberships = memberships;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Creates a top-level team with the caller as its accepted owner.
     *
     * @throws ApiException 409 when another top-level team has the slug
     */
    public TeamResponse create(long userId, CreateTeamRequest request) {
        requireFreeSlug(null, request.slug(), null);
        Instant now = clock.instant();
        Team team = Team.create(request.name().trim(), request.slug(), now);
        team.bio = blankToNull(request.bio());
        team.logoUrl = blankToNull(request.logoUrl());
        team.bannerUrl = blankToNull(request.bannerUrl());
        team.brandColor = blankToNull(request.brandColor());
        team.isPrivate = Boolean.TRUE.equals(request.isPrivate());
        teams.persist(team);
        teams.flush();
        memberships.persist(Membership.of(team.id, userId, TeamRole.OWNER, true, now));
        return TeamResponse.from(team);
    }

    /**
     * The team, for any accepted member.
     *
     * @throws ApiException 404 when the team is unknown or the caller is not an accepted member
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamResponse get(Caller caller, long teamId) {
        return TeamResponse.from(team(caller, teamId, TeamRole.MEMBER));
    }

    /**
     * Applies the fields sent (admins and owners).
     *
     * @throws ApiException 404 as {@link #get}; 403 for a plain member; 409 when the new slug is taken
     */
    public TeamResponse update(Caller caller, long teamId, UpdateTeamRequest request) {
        Team team = team(caller, teamId, TeamRole.ADMIN);
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
        Team team = team(caller, teamId, TeamRole.OWNER);
        TeamResponse deleted = TeamResponse.from(team);
        teams.delete(team);
        return deleted;
    }

    private Team team(Caller caller, long teamId, TeamRole needed) {
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
