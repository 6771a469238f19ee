package dev.kairos.team;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TeamRepository implements PanacheRepository<Team> {

    private static final String MEMBER_OF = "organization = false and id in "
            + "(select m.teamId from Membership m where m.userId = ?1 and m.accepted = true)";

    private static final String MEMBER_OF_ORGANIZATION = "organization = true and id in "
            + "(select m.teamId from Membership m where m.userId = ?1 and m.accepted = true)";

    /** A top-level team (not an organisation) by its booking-page slug, case-insensitively. */
    public Optional<Team> findBySlug(String slug) {
        return find("parentId is null and organization = false and lower(slug) = lower(?1)", slug).firstResultOptional();
    }

    /** An organisation by its slug (case-insensitive). */
    public Optional<Team> findOrganizationBySlug(String slug) {
        return find("organization = true and lower(slug) = lower(?1)", slug).firstResultOptional();
    }

    /** A team of the organisation by its slug (case-insensitive). */
    public Optional<Team> findBySlugInOrganization(long orgId, String slug) {
        return find("parentId = ?1 and organization = false and lower(slug) = lower(?2)", orgId, slug).firstResultOptional();
    }

    /** A team, never an organisation (organisations have their own API). */
    public Optional<Team> findTeam(long id) {
        return find("id = ?1 and organization = false", id).firstResultOptional();
    }

    /** An organisation (a team with the organisation flag), never a plain team. */
    public Optional<Team> findOrganization(long id) {
        return find("id = ?1 and organization = true", id).firstResultOptional();
    }

    /** A team of the organisation; a team elsewhere is as good as absent. */
    public Optional<Team> findTeamOf(long orgId, long teamId) {
        return find("id = ?1 and parentId = ?2 and organization = false", teamId, orgId).firstResultOptional();
    }

    /** One page of the organisation's teams, oldest first. */
    public List<Team> pageOfOrganization(long orgId, int offset, int limit) {
        return find("parentId = ?1 and organization = false order by id", orgId).range(offset, offset + limit - 1).list();
    }

    public long countOfOrganization(long orgId) {
        return count("parentId = ?1 and organization = false", orgId);
    }

    /** One page of all organisations, oldest first (for platform administrators). */
    public List<Team> pageOfOrganizations(int offset, int limit) {
        return find("organization = true order by id").range(offset, offset + limit - 1).list();
    }

    public long countOrganizations() {
        return count("organization = true");
    }

    /** One page of the organisations {@code userId} is an accepted member of (at most one), oldest first. */
    public List<Team> pageOfOrganizationsOf(long userId, int offset, int limit) {
        return find(MEMBER_OF_ORGANIZATION + " order by id", userId).range(offset, offset + limit - 1).list();
    }

    public long countOrganizationsOf(long userId) {
        return count(MEMBER_OF_ORGANIZATION, userId);
    }

    /** The team, locked until the transaction ends, so membership changes of one team take turns. */
    public Optional<Team> lock(long id) {
        return find("id = ?1 and organization = false", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The organisation, locked until the transaction ends, so changes of its users' roles take turns. */
    public Optional<Team> lockOrganization(long id) {
        return find("id = ?1 and organization = true", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The teams {@code userId} is an accepted member of, oldest first. */
    public List<Team> pageOfMember(long userId, int offset, int limit) {
        return find(MEMBER_OF + " order by id", userId).range(offset, offset + limit - 1).list();
    }

    public long countOfMember(long userId) {
        return count(MEMBER_OF, userId);
    }

    /**
     * Whether another team under the same parent (top-level teams and organisations share one
     * namespace) has this slug, case-insensitively, as the unique index {@code teams_slug_per_parent_uq} says.
     */
    public boolean slugTaken(Long parentId, String slug, Long exceptId) {
        String parent = parentId == null ? "parentId is null" : "parentId = " + parentId;
        String others = exceptId == null ? "" : " and id <> " + exceptId;
        return count(parent + " and lower(slug) = lower(?1)" + others, slug) > 0;
    }
}
