package dev.kairos.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks up the event types routes name: their owner or team, hosts and booking page path. */
@ApplicationScoped
class RoutableEventTypes {

    private final EntityManager entityManager;

    RoutableEventTypes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The event types among {@code ids} that exist, by id, in two queries. */
    Map<Long, RoutableEventType> find(Collection<Long> ids) {
        Map<Long, RoutableEventType> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Map<Long, List<Long>> hosts = hostsOf(ids);
        List<?> rows = entityManager.createNativeQuery("""
                SELECT e.id, e.slug, e.owner_user_id, e.team_id, u.username, t.slug, COALESCE(teamorg.slug, userorg.slug)
                FROM event_types e LEFT JOIN users u ON u.id = e.owner_user_id LEFT JOIN teams t ON t.id = e.team_id
                     LEFT JOIN teams teamorg ON teamorg.id = t.parent_id AND teamorg.is_organization
                     LEFT JOIN teams userorg ON userorg.id = u.organization_id
                WHERE e.id IN (?1)""").setParameter(1, ids).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long id = ((Number) c[0]).longValue();
            String slug = (String) c[1];
            Long owner = c[2] == null ? null : ((Number) c[2]).longValue();
            Long team = c[3] == null ? null : ((Number) c[3]).longValue();
            String path = team != null ? "/team/" + c[5] + "/" + slug : "/" + c[4] + "/" + slug;
            found.put(id, new RoutableEventType(id, slug, owner, team, hosts.getOrDefault(id, List.of()), path, (String) c[6]));
        }
        return found;
    }

    Optional<RoutableEventType> find(long id) {
        return Optional.ofNullable(find(List.of(id)).get(id));
    }

    /**
     * Who hosts each team event type now, by the rule of the event type package's {@code TeamHosts}:
     * the host entries whose user is still an accepted member, or with assign_all_team_members every
     * accepted member; in the order they joined the team.
     */
    private Map<Long, List<Long>> hostsOf(Collection<Long> ids) {
        Map<Long, List<Long>> hosts = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery("""
                SELECT e.id, m.user_id FROM event_types e JOIN memberships m ON m.team_id = e.team_id AND m.accepted
                WHERE e.id IN (?1) AND (e.assign_all_team_members
                    OR EXISTS (SELECT 1 FROM event_type_hosts h WHERE h.event_type_id = e.id AND h.user_id = m.user_id))
                ORDER BY m.id""").setParameter(1, ids).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            hosts.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>()).add(((Number) c[1]).longValue());
        }
        return hosts;
    }
}
