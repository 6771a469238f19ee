package dev.kairos.team;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import dev.kairos.user.User;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MembershipRepository implements PanacheRepository<Membership> {

    public Optional<Membership> findOf(long teamId, long userId) {
        return find("teamId = ?1 and userId = ?2", teamId, userId).firstResultOptional();
    }

    /** The membership if it is one of this team's; another team's is as good as absent. */
    public Optional<Membership> findInTeam(long teamId, long membershipId) {
        return find("id = ?1 and teamId = ?2", membershipId, teamId).firstResultOptional();
    }

    /** One page of the team's memberships with their users, oldest first. */
    public List<Member> pageOfTeam(long teamId, int offset, int limit) {
        return getEntityManager().createQuery(
                "select m, u from Membership m, User u where u.id = m.userId and m.teamId = ?1 order by m.id", Object[].class)
                .setParameter(1, teamId).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> new Member((Membership) row[0], (User) row[1])).toList();
    }

    public long countOfTeam(long teamId) {
        return count("teamId", teamId);
    }

    /** How many accepted owners the team has: the last one may not leave or step down. */
    public long countAcceptedOwners(long teamId) {
        return count("teamId = ?1 and role = ?2 and accepted = true", teamId, TeamRole.OWNER);
    }

    /** The accepted members' user ids, in the order they joined. */
    public List<Long> acceptedMemberIds(long teamId) {
        return getEntityManager().createQuery(
                "select m.userId from Membership m where m.teamId = ?1 and m.accepted = true order by m.id", Long.class)
                .setParameter(1, teamId).getResultList();
    }

    /** The teams (organisations included) the user is an accepted admin or owner of. */
    public List<Long> administeredTeamIds(long userId) {
        return getEntityManager().createQuery(
                "select m.teamId from Membership m where m.userId = ?1 and m.accepted = true and m.role in ?2", Long.class)
                .setParameter(1, userId).setParameter(2, List.of(TeamRole.ADMIN, TeamRole.OWNER)).getResultList();
    }

    /** Which of {@code userIds} are not accepted members of the team. */
    public List<Long> notAcceptedMembers(long teamId, List<Long> userIds) {
        List<Long> members = getEntityManager().createQuery(
                "select m.userId from Membership m where m.teamId = ?1 and m.accepted = true and m.userId in ?2", Long.class)
                .setParameter(1, teamId).setParameter(2, userIds).getResultList();
        return userIds.stream().filter(id -> !members.contains(id)).distinct().toList();
    }
}
