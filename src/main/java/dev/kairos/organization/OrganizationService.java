package dev.kairos.organization;

import dev.kairos.organization.api.CreateOrganizationRequest;
import dev.kairos.organization.api.CreateOrganizationUserRequest;
import dev.kairos.organization.api.OrganizationResponse;
import dev.kairos.organization.api.OrganizationUserResponse;
import dev.kairos.organization.plan.PlanLimits;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.team.Membership;
import dev.kairos.team.MembershipRepository;
import dev.kairos.team.Team;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRepository;
import dev.kairos.team.TeamRole;
import dev.kairos.user.User;
import dev.kairos.user.UserService;
import dev.kairos.user.api.CreateUserRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Organisations as tenants: platform administrators create them; their admins and owners create
 * their users. A user belongs to at most one organisation, the one that created them.
 */
@ApplicationScoped
@Transactional
public class OrganizationService {

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final UserService users;
    private final TeamAccess access;
    private final PlanLimits plans;
    private final Clock clock;

    OrganizationService(TeamRepository teams, MembershipRepository memberships, UserService users, TeamAccess access, PlanLimits plans,
            Clock clock) {
        this.teams = teams;
        this.memberships = memberships;
        this.users = users;
        this.access = access;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Creates an organisation with no users yet (platform administrators; checked by the caller).
     *
     * @throws ApiException 409 when an organisation or a top-level team has the slug
     */
    public OrganizationResponse create(CreateOrganizationRequest request) {
        if (teams.slugTaken(null, request.slug(), null)) {
            throw ApiException.conflict("The slug " + request.slug() + " is taken by an organization or a team; choose another");
        }
        Team org = Team.create(request.name().trim(), request.slug(), clock.instant());
        org.organization = true;
        teams.persist(org);
        teams.flush();
        return OrganizationResponse.from(org);
    }

    /**
     * The organisation, for platform administrators and its accepted members.
     *
     * @throws ApiException 404 for anyone else
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationResponse get(Caller caller, long orgId) {
        access.requireInOrganization(caller, orgId, TeamRole.MEMBER);
        return OrganizationResponse.from(teams.findOrganization(orgId).orElseThrow());
    }

    /** Every organisation for platform administrators; for anyone else the one they belong to, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganizationResponse> page(Caller caller, PageParams page) {
        int limit = page.limit();
        int offset = page.offset();
        if (caller.platformAdmin()) {
            return Page.of(teams.pageOfOrganizations(offset, limit), OrganizationResponse::from, offset, limit, teams.countOrganizations());
        }
        return Page.of(teams.pageOfOrganizationsOf(caller.userId(), offset, limit), OrganizationResponse::from, offset, limit,
                teams.countOrganizationsOf(caller.userId()));
    }

    /**
     * Creates a user of the organisation with an accepted membership in the given role: admins and
     * owners create MEMBERs, only owners (and platform administrators) create ADMINs and OWNERs.
     * The user rules are those of every new user.
     *
     * @throws ApiException 404 for an organisation the caller is not an accepted member of; 403 for a role
     *                      too low; 409 when the email or username is taken (an existing user, of this
     *                      organisation, another or none, cannot be moved in); 403 PLAN_LIMIT_EXCEEDED when the
     *                      organisation's plan has no member left
     */
    public OrganizationUserResponse addUser(Caller caller, long orgId, CreateOrganizationUserRequest request) {
        TeamRole role = request.role() == null ? TeamRole.MEMBER : TeamRole.valueOf(request.role());
        access.requireInOrganization(caller, orgId, role.neededToManage());
        plans.admitMember(orgId);
        User user = users.create(request.user());
        user.organizationId = orgId;
        Membership membership = Membership.of(orgId, user.id, role, true, user.createdAt);
        memberships.persist(membership);
        memberships.flush();
        return OrganizationUserResponse.from(membership, user);
    }

    /** One page of the organisation's users, oldest first, for its admins and owners (404 and 403 as {@link #addUser}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganizationUserResponse> pageUsers(Caller caller, long orgId, PageParams page) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        int limit = page.limit();
        int offset = page.offset();
        return Page.of(memberships.pageOfTeam(orgId, offset, limit), m -> OrganizationUserResponse.from(m.membership(), m.user()),
                offset, limit, memberships.countOfTeam(orgId));
    }

    /**
     * Creates a MEMBER of the organisation for a caller the organisation trusts by other means (an
     * OAuth client of it creating a managed user), so without a role check.
     *
     * @throws ApiException 409 when the email is taken, as {@link #addUser}
     */
    public User addMember(long orgId, CreateUserRequest request) {
        User user = users.create(request);
        user.organizationId = orgId;
        memberships.persist(Membership.of(orgId, user.id, TeamRole.MEMBER, true, user.createdAt));
        memberships.flush();
        return user;
    }
}
