package dev.kairos.organization.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * What an organisation uses of its plan, counted in PostgreSQL, and the lock that makes a count
 * and the write that relies on it one step. An event type belongs to the organisation when its
 * owner is a user of the organisation or its team is a team of the organisation; a managed event
 * type's per-member children count as their parent.
 */
@ApplicationScoped
class PlanUsage {

    private static final String EVENT_TYPE_OF_ORGANIZATION = "(e.owner_user_id IN (SELECT u.id FROM users u WHERE u.organization_id = :org)"
            + " OR e.team_id IN (SELECT t.id FROM teams t WHERE t.parent_id = :org AND NOT t.is_organization))";

    /**
     * A booking counts when it is accepted or pending: cancelled (rescheduled included) and
     * rejected ones do not. A seated booking counts its seats, each when it was taken. A booking
     * whose event type was deleted still counts when its organiser is a user of the organisation.
     */
    private static final String BOOKINGS = "SELECT"
            + " (SELECT count(*) FROM bookings b LEFT JOIN event_types e ON e.id = b.event_type_id"
            + "   WHERE NOT b.seated AND b.status IN ('accepted', 'pending') AND b.created_at >= :from AND b.created_at < :to"
            + "   AND (" + bookedFrom("b") + "))"
            + " + (SELECT count(*) FROM booking_seats s JOIN bookings b ON b.id = s.booking_id LEFT JOIN event_types e ON e.id = b.event_type_id"
            + "   WHERE b.status IN ('accepted', 'pending') AND s.created_at >= :from AND s.created_at < :to"
            + "   AND (" + bookedFrom("b") + "))";

    private final EntityManager entityManager;

    PlanUsage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    private static String bookedFrom(String booking) {
        return "(e.id IS NOT NULL AND " + EVENT_TYPE_OF_ORGANIZATION + ") OR (e.id IS NULL AND " + booking
                + ".user_id IN (SELECT u.id FROM users u WHERE u.organization_id = :org))";
    }

    /**
     * Takes the organisation's plan lock until the transaction ends: creations of users, event
     * types and bookings that an organisation's limit applies to take turns, so a count and the
     * insert after it are never interleaved with another's (on any instance).
     */
    void lock(long orgId) {
        entityManager.createNativeQuery(
                "SELECT 1 FROM (SELECT pg_advisory_xact_lock(4243, hashtext('organization-plan:' || CAST(:org AS text)))) AS locked")
                .setParameter("org", orgId).getSingleResult();
    }

    /** The organisation's users: accepted memberships of it. */
    long members(long orgId) {
        return count("SELECT count(*) FROM memberships m WHERE m.team_id = :org AND m.accepted", orgId);
    }

    long eventTypes(long orgId) {
        return count("SELECT count(*) FROM event_types e WHERE e.parent_id IS NULL AND " + EVENT_TYPE_OF_ORGANIZATION, orgId);
    }

    /** Bookings created in {@code [from, to)} (see {@link #BOOKINGS} for what counts). */
    long bookings(long orgId, Instant from, Instant to) {
        return ((Number) entityManager.createNativeQuery(BOOKINGS).setParameter("org", orgId)
                .setParameter("from", from).setParameter("to", to).getSingleResult()).longValue();
    }

    private long count(String sql, long orgId) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("org", orgId).getSingleResult()).longValue();
    }
}
