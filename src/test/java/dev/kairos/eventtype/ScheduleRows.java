package dev.kairos.eventtype;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Inserts a bare schedule row for a user, so these tests do not depend on the schedules API
 * (built separately); event types only need the schedule to exist and to be the owner's.
 */
final class ScheduleRows {

    private ScheduleRows() {
    }

    static long create(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
            Timestamp now = Timestamp.from(Instant.now());
            Number id = (Number) entityManager.createNativeQuery("""
                    INSERT INTO schedules (user_id, name, time_zone, created_at, updated_at)
                    VALUES (?1, 'Working hours', 'Europe/Berlin', ?2, ?2) RETURNING id""")
                    .setParameter(1, userId).setParameter(2, now).getSingleResult();
            return id.longValue();
        });
    }
}
