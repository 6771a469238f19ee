package dev.kairos.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code booking_hosts} rows: who is busy because of a booking and whether it blocks them.
 * Inserting or flipping a row to blocking is where the exclusion constraint refuses an overlap (23P01).
 */
@ApplicationScoped
class BookingHostRepository {

    private final EntityManager entityManager;

    BookingHostRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The host is busy over [busyStart, busyEnd): the booking's time widened by the event type's buffers. */
    void insert(long bookingId, long hostId, Instant busyStart, Instant busyEnd, boolean blocking) {
        entityManager.createNativeQuery("""
                INSERT INTO booking_hosts (booking_id, user_id, busy, blocking)
                VALUES (:booking, :host, tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz), '[)'), :blocking)""")
                .setParameter("booking", bookingId).setParameter("host", hostId).setParameter("from", busyStart)
                .setParameter("to", busyEnd).setParameter("blocking", blocking).executeUpdate();
    }

    /** Moves a booking from one host to another; the exclusion constraint refuses it if the new host is busy. */
    void replaceHost(long bookingId, long fromUserId, long toUserId) {
        entityManager.createNativeQuery("UPDATE booking_hosts SET user_id = :to WHERE booking_id = :booking AND user_id = :from")
                .setParameter("to", toUserId).setParameter("booking", bookingId).setParameter("from", fromUserId).executeUpdate();
    }

    void setBlocking(long bookingId, boolean blocking) {
        entityManager.createNativeQuery("UPDATE booking_hosts SET blocking = :blocking WHERE booking_id = :booking")
                .setParameter("blocking", blocking).setParameter("booking", bookingId).executeUpdate();
    }

    /** Host user ids per booking, in insertion order. */
    @SuppressWarnings("unchecked")
    Map<Long, List<Long>> hostIds(Collection<Long> bookingIds) {
        Map<Long, List<Long>> hosts = new HashMap<>();
        if (bookingIds.isEmpty()) {
            return hosts;
        }
        List<Object[]> rows = entityManager.createNativeQuery(
                "SELECT booking_id, user_id FROM booking_hosts WHERE booking_id IN (:ids) ORDER BY id")
                .setParameter("ids", bookingIds).getResultList();
        for (Object[] row : rows) {
            hosts.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.ArrayList<>()).add(((Number) row[1]).longValue());
        }
        return hosts;
    }
}
