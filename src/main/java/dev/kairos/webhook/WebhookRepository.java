package dev.kairos.webhook;

import dev.kairos.platform.jdbc.Jdbc;
import dev.kairos.team.TeamRole;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

@ApplicationScoped
public class WebhookRepository implements PanacheRepository<Webhook> {

    /** The webhook if it belongs to {@code owner}; another owner's webhook is as good as absent. */
    public Optional<Webhook> findOwned(long id, WebhookOwner owner) {
        return owner.userId() != null
                ? find("id = ?1 and userId = ?2", id, owner.userId()).firstResultOptional()
                : find("id = ?1 and eventTypeId = ?2", id, owner.eventTypeId()).firstResultOptional();
    }

    /** The team roles that manage a team event type, and so its webhooks. */
    private static final List<TeamRole> MANAGING_ROLES = List.of(TeamRole.ADMIN, TeamRole.OWNER);

    /** The user's webhook, or a webhook of an event type the user manages (see {@link #ownsEventType}). */
    public Optional<Webhook> findReachable(long id, long userId) {
        return find("id = ?1 and (userId = ?2 or eventTypeId in (select e.id from EventType e where e.ownerUserId = ?2 or e.teamId in ("
                + "select m.teamId from Membership m where m.userId = ?2 and m.accepted = true and m.role in ?3)))",
                id, userId, MANAGING_ROLES).firstResultOptional();
    }

    public List<Webhook> pageOfOwner(WebhookOwner owner, int offset, int limit) {
        return ownerQuery(owner).range(offset, offset + limit - 1).list();
    }

    public long countOfOwner(WebhookOwner owner) {
        return owner.userId() != null ? count("userId", owner.userId()) : count("eventTypeId", owner.eventTypeId());
    }

    boolean urlTaken(WebhookOwner owner, String url, Long exceptId) {
        String others = exceptId == null ? "" : " and id <> " + exceptId;
        return owner.userId() != null
                ? count("userId = ?1 and subscriberUrl = ?2" + others, owner.userId(), url) > 0
                : count("eventTypeId = ?1 and subscriberUrl = ?2" + others, owner.eventTypeId(), url) > 0;
    }

    /**
     * The active webhooks that hear {@code trigger} for a change of {@code userId}'s, or of the
     * event type {@code eventTypeId} (may be null): the user's own and the event type's.
     */
    List<Webhook> subscribers(String trigger, long userId, Long eventTypeId) {
        String owners = eventTypeId == null ? "user_id = ?2" : "(user_id = ?2 OR event_type_id = ?3)";
        var query = getEntityManager().createNativeQuery(
                "SELECT * FROM webhooks WHERE active AND ?1 = ANY (triggers) AND " + owners + " ORDER BY id", Webhook.class)
                .setParameter(1, trigger).setParameter(2, userId);
        if (eventTypeId != null) {
            query.setParameter(3, eventTypeId);
        }
        @SuppressWarnings("unchecked")
        List<Webhook> found = query.getResultList();
        return found;
    }

    /** The triggers some active webhook of the user or of the event type (null: none) subscribes to; parameters user id, event type id. */
    static final String TRIGGERS_HEARD_SQL = """
            SELECT DISTINCT unnest(triggers) FROM webhooks WHERE active AND (user_id = ? OR event_type_id = CAST(? AS bigint))""";

    /** The triggers some active webhook of the user or of the event type subscribes to, in one query. */
    Set<String> triggersHeard(long userId, Long eventTypeId) {
        return Jdbc.prepared(getEntityManager(), TRIGGERS_HEARD_SQL, statement -> {
            statement.setLong(1, userId);
            Jdbc.setLong(statement, 2, eventTypeId);
            return names(statement.executeQuery());
        });
    }

    /** The trigger names in the rows of {@link #TRIGGERS_HEARD_SQL}; closes them. */
    static Set<String> names(ResultSet rows) throws SQLException {
        Set<String> triggers = new HashSet<>();
        try (rows) {
            while (rows.next()) {
                triggers.add(rows.getString(1));
            }
        }
        return triggers;
    }

    /** Whether the user owns the (personal) event type, or is an admin or owner of the team that owns it. */
    boolean ownsEventType(long userId, long eventTypeId) {
        return !getEntityManager().createNativeQuery("""
                SELECT 1 FROM event_types e WHERE e.id = ?1 AND (e.owner_user_id = ?2 OR EXISTS (
                    SELECT 1 FROM memberships m WHERE m.team_id = e.team_id AND m.user_id = ?2 AND m.accepted
                                                  AND m.role IN ('ADMIN', 'OWNER')))""")
                .setParameter(1, eventTypeId).setParameter(2, userId).getResultList().isEmpty();
    }

    /** Turns a webhook off (its receiver answered 410 Gone). */
    void deactivate(long id) {
        update("active = false where id = ?1", id);
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<Webhook> ownerQuery(WebhookOwner owner) {
        return owner.userId() != null ? find("userId = ?1 order by id", owner.userId())
                : find("eventTypeId = ?1 order by id", owner.eventTypeId());
    }
}
