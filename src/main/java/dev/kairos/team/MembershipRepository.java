package dev.kairos.team;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MembershipRepository implements PanacheRepository<Membership> {

    public Optional<Membership> findOf(long teamId, long userId) {
        return find("teamId = ?1 and userId = ?2", teamId, userId).firstResultOptional();
    }

    /** The accepted members' user ids, in the order they joined. */
    public List<Long> acceptedMemberIds(long teamId) {
        return getEntityManager().createQuery(
                "select m.userId from Membership m where m.teamId = ?1 and m.accepted = true order by m.id", Long.class)
                .setParameter(1, teamId).getResultList();
    }

    /** Which of {@code userIds} are not accepted members of the team. */
    public List<Long> notAcceptedMembers(long teamId, List<Long> userIds) {
        List<Long> members = getEntityManager().createQuery(
                "select m.userId from Membership m where m.teamId = ?1 and m.accepted = true and m.userId in ?2", Long.class)
                .setParameter(1, teamId).setParameter(2, userIds).getResultList();
        return userIds.stream().filter(id -> !members.contains(id)).distinct().toList();
    }
}
