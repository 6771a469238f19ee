package dev.kairos.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ScheduleRepository implements PanacheRepository<Schedule> {

    /** The schedule if it belongs to {@code userId}; another user's schedule is as good as absent. */
    public Optional<Schedule> findOwned(long id, long userId) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    /**
     * As {@link #findOwned}, with the row locked until the transaction ends: concurrent changes of
     * the schedule wait, and no event type can start using it meanwhile.
     */
    Optional<Schedule> lockOwned(long id, long userId) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public List<Schedule> pageOfOwner(long userId, int offset, int limit) {
        return find("userId = ?1 order by id", userId).range(offset, offset + limit - 1).list();
    }

    public long countOfOwner(long userId) {
        return count("userId", userId);
    }

    /** The user's default schedule id ({@code users.default_schedule_id}), or null. */
    public Long defaultScheduleIdOf(long userId) {
        List<?> found = getEntityManager().createNativeQuery("SELECT default_schedule_id FROM users WHERE id = ?1")
                .setParameter(1, userId).getResultList();
        return found.isEmpty() || found.get(0) == null ? null : ((Number) found.get(0)).longValue();
    }

    void makeDefault(long userId, long scheduleId) {
        getEntityManager().createNativeQuery("UPDATE users SET default_schedule_id = ?1 WHERE id = ?2")
                .setParameter(1, scheduleId).setParameter(2, userId).executeUpdate();
    }

    /** Makes the schedule the default only if the user has none; atomic, so two first schedules cannot both win. */
    void makeDefaultIfNone(long userId, long scheduleId) {
        getEntityManager().createNativeQuery("UPDATE users SET default_schedule_id = ?1 WHERE id = ?2 AND default_schedule_id IS NULL")
                .setParameter(1, scheduleId).setParameter(2, userId).executeUpdate();
    }

    /** Ids of the event types that use the schedule, directly or for one of their hosts, ascending. */
    List<Long> eventTypesUsing(long scheduleId) {
        List<?> ids = getEntityManager().createNativeQuery("""
                SELECT id FROM event_types WHERE schedule_id = ?1
                UNION
                SELECT event_type_id FROM event_type_hosts WHERE schedule_id = ?1
                ORDER BY 1""").setParameter(1, scheduleId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The default schedule ids of those of {@code userIds} who have one, keyed by user id. */
    Map<Long, Long> defaultScheduleIdsOf(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT id, default_schedule_id FROM users WHERE id IN (?1) AND default_schedule_id IS NOT NULL")
                .setParameter(1, userIds).getResultList();
        Map<Long, Long> ids = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            ids.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return ids;
    }

    List<Schedule> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
