package dev.kairos.routing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class RoutingFormRepository implements PanacheRepository<RoutingForm> {

    /** Whose forms {@code userId} reads: their personal forms and the forms of teams they are an accepted member of. */
    private static final String READABLE = "(teamId is null and ownerUserId = ?1) "
            + "or teamId in (select m.teamId from Membership m where m.userId = ?1 and m.accepted = true)";

    /** A form to route by, read-only: the session keeps no snapshot of its JSON columns to compare at flush. */
    public Optional<RoutingForm> findToRoute(long id) {
        return find("id", id).withHint(HibernateHints.HINT_READ_ONLY, true).firstResultOptional();
    }

    public List<RoutingForm> pageReadableBy(long userId, int offset, int limit) {
        return find(READABLE + " order by id", userId).range(offset, offset + limit - 1).list();
    }

    public long countReadableBy(long userId) {
        return count(READABLE, userId);
    }

    public List<RoutingForm> pageOfTeam(long teamId, int offset, int limit) {
        return find("teamId = ?1 order by id", teamId).range(offset, offset + limit - 1).list();
    }

    public long countOfTeam(long teamId) {
        return count("teamId", teamId);
    }
}
