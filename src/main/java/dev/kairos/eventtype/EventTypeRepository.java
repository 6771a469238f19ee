package dev.kairos.eventtype;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EventTypeRepository implements PanacheRepository<EventType> {

    /** A personal event type of {@code userId}; empty for anyone else's, so callers answer 404. */
    public Optional<EventType> findOwnedBy(long id, long userId) {
        return find("id = ?1 and ownerUserId = ?2", id, userId).firstResultOptional();
    }

    public List<EventType> pageOwnedBy(long userId, int offset, int limit) {
        return page(find("ownerUserId = ?1", Sort.by("id"), userId), offset, limit);
    }

    public long countOwnedBy(long userId) {
        return count("ownerUserId = ?1", userId);
    }

    /** The listed (not hidden) event types of a user, optionally only the one with {@code slug}. */
    public List<EventType> pageListedOf(long userId, String slug, int offset, int limit) {
        return slug == null
                ? page(find("ownerUserId = ?1 and hidden = false", Sort.by("id"), userId), offset, limit)
                : page(find("ownerUserId = ?1 and hidden = false and lower(slug) = lower(?2)", Sort.by("id"), userId, slug),
                        offset, limit);
    }

    public long countListedOf(long userId, String slug) {
        return slug == null ? count("ownerUserId = ?1 and hidden = false", userId)
                : count("ownerUserId = ?1 and hidden = false and lower(slug) = lower(?2)", userId, slug);
    }

    /** A user's event type by its booking-page slug, hidden ones included (a direct link still works). */
    public Optional<EventType> findByOwnerSlug(long userId, String slug) {
        return find("ownerUserId = ?1 and lower(slug) = lower(?2)", userId, slug).firstResultOptional();
    }

    /** Whether the owner already has another event type with this slug, compared case-insensitively. */
    public boolean slugTakenByAnother(long ownerUserId, String slug, Long exceptId) {
        return count("ownerUserId = ?1 and lower(slug) = lower(?2) and id <> ?3", ownerUserId, slug,
                exceptId == null ? -1L : exceptId) > 0;
    }

    /** Whether {@code scheduleId} is one of {@code userId}'s schedules. */
    public boolean scheduleBelongsTo(long scheduleId, long userId) {
        Number found = (Number) getEntityManager()
                .createNativeQuery("SELECT count(*) FROM schedules WHERE id = ?1 AND user_id = ?2")
                .setParameter(1, scheduleId).setParameter(2, userId).getSingleResult();
        return found.longValue() > 0;
    }

    /** The hosts of a team event type, in the order they were added. */
    public List<EventTypeHost> hostsOf(long eventTypeId) {
        return getEntityManager().createQuery("from EventTypeHost where eventTypeId = ?1 order by id", EventTypeHost.class)
                .setParameter(1, eventTypeId).getResultList();
    }

    /** An event type of team {@code teamId}; empty for any other, so callers answer 404. */
    public Optional<EventType> findOfTeam(long id, long teamId) {
        return find("id = ?1 and teamId = ?2", id, teamId).firstResultOptional();
    }

    public List<EventType> pageOfTeam(long teamId, int offset, int limit) {
        return page(find("teamId = ?1", Sort.by("id"), teamId), offset, limit);
    }

    public long countOfTeam(long teamId) {
        return count("teamId = ?1", teamId);
    }

    /** A team's event type by its booking-page slug {@code /team/{teamSlug}/{slug}}, hidden ones included. */
    public Optional<EventType> findByTeamSlug(long teamId, String slug) {
        return find("teamId = ?1 and lower(slug) = lower(?2)", teamId, slug).firstResultOptional();
    }

    public boolean teamSlugTakenByAnother(long teamId, String slug, Long exceptId) {
        return count("teamId = ?1 and lower(slug) = lower(?2) and id <> ?3", teamId, slug, exceptId == null ? -1L : exceptId) > 0;
    }

    void deleteHostsOf(long eventTypeId) {
        getEntityManager().createQuery("delete from EventTypeHost where eventTypeId = ?1").setParameter(1, eventTypeId).executeUpdate();
    }

    private static List<EventType> page(PanacheQuery<EventType> query, int offset, int limit) {
        return query.range(offset, offset + limit - 1).list();
    }
}
