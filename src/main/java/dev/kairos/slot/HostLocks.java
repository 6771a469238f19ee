package dev.kairos.slot;

import dev.kairos.platform.jdbc.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/**
 * Serialises the changes that take a host's time (reservations, bookings, reschedules) with a
 * transaction-scoped advisory lock per host, so that a check of the host's free time and the write
 * that relies on it cannot interleave with another instance's. Bookings are also guarded by the
 * exclusion constraint on booking_hosts; reservations are guarded only by this lock.
 */
@ApplicationScoped
public class HostLocks {

    private final EntityManager entityManager;

    HostLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Locks the hosts' time until the transaction ends, in id order so that two lockers never deadlock. */
    public void lock(Collection<Long> hostIds) {
        List<Long> sorted = hostIds.stream().distinct().sorted().toList();
        Jdbc.prepared(entityManager, "SELECT 1 FROM (SELECT pg_advisory_xact_lock(4242, hashtext('host:' || CAST(? AS text)))) AS locked",
                statement -> {
                    for (long hostId : sorted) {
                        statement.setLong(1, hostId);
                        statement.executeQuery().close();
                    }
                    return null;
                });
    }
}
