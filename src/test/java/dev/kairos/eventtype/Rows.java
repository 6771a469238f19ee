package dev.kairos.eventtype;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Rows of other capabilities written straight to PostgreSQL, so these tests do not depend on the
 * schedules and bookings APIs (built separately): event types only need them to exist.
 */
final class Rows {

    private Rows() {
    }

    /** A bare schedule of {@code userId}. */
    static long schedule(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Timestamp now = Timestamp.from(Instant.now());
            Number id = (Number) entityManager().createNativeQuery("""
                    INSERT INTO schedules (user_id, name, time_zone, created_at, updated_at)
                    VALUES (?1, 'Working hours', 'Europe/Berlin', ?2, ?2) RETURNING id""")
                    .setParameter(1, userId).setParameter(2, now).getSingleResult();
            return id.longValue();
        });
    }

    /** An accepted booking of {@code eventTypeId} hosted by {@code userId}. */
    static long booking(long userId, long eventTypeId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Timestamp now = Timestamp.from(Instant.now());
            Number id = (Number) entityManager().createNativeQuery("""
                    INSERT INTO bookings (uid, event_type_id, user_id, title, start_time, end_time, status, created_at, updated_at)
                    VALUES (?1, ?2, ?3, 'Booked', ?4, ?5, 'accepted', ?4, ?4) RETURNING id""")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, eventTypeId).setParameter(3, userId)
                    .setParameter(4, now).setParameter(5, Timestamp.from(now.toInstant().plusSeconds(1800)))
                    .getSingleResult();
            return id.longValue();
        });
    }

    /** The event type a booking row points at; null when it has none. */
    static Long eventTypeOfBooking(long bookingId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Number id = (Number) entityManager().createNativeQuery("SELECT event_type_id FROM bookings WHERE id = ?1")
                    .setParameter(1, bookingId).getSingleResult();
            return id == null ? null : id.longValue();
        });
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
