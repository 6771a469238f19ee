package dev.kairos.slot;

import dev.kairos.platform.jdbc.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

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

    /**
     * Takes the advisory lock of every host in the array bound to its one parameter, in id order
     * (so that two lockers never deadlock), until the transaction ends. PostgreSQL evaluates a
     * volatile function of the select list after the sort, so the locks are taken in that order.
     */
    static final String LOCK_SQL = """
            SELECT pg_advisory_xact_lock(4242, hashtext('host:' || CAST(h.id AS text)))
            FROM (SELECT DISTINCT unnest(CAST(? AS bigint[])) AS id) AS h ORDER BY h.id""";

    /** Locks the hosts' time until the transaction ends, in id order so that two lockers never deadlock. */
    public void lock(Collection<Long> hostIds) {
        if (hostIds.isEmpty()) {
            return;
        }
        Jdbc.prepared(entityManager, LOCK_SQL, statement -> {
            bind(statement, 1, hostIds);
            statement.executeQuery().close();
            return null;
        });
    }

    /** Binds the hosts of {@link #LOCK_SQL}. */
    static void bind(PreparedStatement statement, int index, Collection<Long> hostIds) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("bigint", hostIds.toArray()));
    }
}
