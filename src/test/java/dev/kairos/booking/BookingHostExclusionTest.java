package dev.kairos.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Proves, with plain JDBC against the real PostgreSQL, that the exclusion constraint on
 * {@code booking_hosts} is what keeps a host from being double-booked, including under
 * concurrent transactions.
 */
@QuarkusTest
class BookingHostExclusionTest {

    private static final Logger LOG = Logger.getLogger(BookingHostExclusionTest.class);
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String DEADLOCK_DETECTED = "40P01";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void parallelOverlappingBlockingInsertsForOneHostCommitExactlyOnce() throws Exception {
        int threads = 12;
        long host;
        long eventType;
        try (Connection c = dataSource.getConnection()) {
            host = createUser(c);
            eventType = createEventType(c, host);
        }
        Instant base = Instant.parse("2031-03-03T10:00:00Z");
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger deadlockRetries = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                // Starts 5 minutes apart, each an hour long: every pair overlaps, none is identical.
                Instant start = base.plus(Duration.ofMinutes(5L * i));
                Instant end = start.plus(Duration.ofHours(1));
                outcomes.add(pool.submit(() -> bookInOwnTransaction(eventType, host, start, end, ready, go, deadlockRetries)));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "workers did not get their connections");
            go.countDown();

            int committed = 0;
            int excluded = 0;
            List<String> other = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String result = outcome.get(120, TimeUnit.SECONDS);
                if ("committed".equals(result)) {
                    committed++;
                } else if (EXCLUSION_VIOLATION.equals(result)) {
                    excluded++;
                } else {
                    other.add(result);
                }
            }
            LOG.infof("%d parallel bookings: %d committed, %d refused with 23P01, %d deadlock retries",
                    threads, committed, excluded, deadlockRetries.get());
            assertEquals(List.of(), other, "unexpected outcomes");
            assertEquals(1, committed);
            assertEquals(threads - 1, excluded);
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = dataSource.getConnection()) {
            assertEquals(1, count(c, "SELECT count(*) FROM booking_hosts WHERE user_id = ?", host));
            assertEquals(1, count(c, "SELECT count(*) FROM bookings WHERE event_type_id = ?", eventType));
        }
    }

    @Test
    void nonBlockingRowsMayOverlapABlockingOne() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long host = createUser(c);
            long eventType = createEventType(c, host);
            Instant ten = Instant.parse("2031-03-04T10:00:00Z");

            book(c, eventType, host, ten, ten.plus(Duration.ofHours(1)), "accepted", true);
            // Pending on an event type that does not block unconfirmed bookings.
            book(c, eventType, host, ten.plus(Duration.ofMinutes(30)), ten.plus(Duration.ofMinutes(90)), "pending", false);
            // Cancelled: its row stays, no longer blocking.
            book(c, eventType, host, ten, ten.plus(Duration.ofHours(1)), "cancelled", false);

            assertEquals(3, count(c, "SELECT count(*) FROM booking_hosts WHERE user_id = ?", host));
            assertEquals(1, count(c, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", host));
        }
    }

    @Test
    void sameRangeForAnotherHostIsAccepted() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long first = createUser(c);
            long second = createUser(c);
            long firstEventType = createEventType(c, first);
            long secondEventType = createEventType(c, second);
            Instant start = Instant.parse("2031-03-05T10:00:00Z");
            Instant end = start.plus(Duration.ofHours(1));

            book(c, firstEventType, first, start, end, "accepted", true);
            book(c, secondEventType, second, start, end, "accepted", true);

            assertEquals(1, count(c, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", first));
            assertEquals(1, count(c, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", second));
        }
    }

    @Test
    void adjacentRangesDoNotOverlap() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long host = createUser(c);
            long eventType = createEventType(c, host);
            Instant ten = Instant.parse("2031-03-06T10:00:00Z");
            Instant eleven = ten.plus(Duration.ofHours(1));
            Instant twelve = eleven.plus(Duration.ofHours(1));

            book(c, eventType, host, ten, eleven, "accepted", true);
            book(c, eventType, host, eleven, twelve, "accepted", true);

            assertEquals(2, count(c, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", host));
        }
    }

    @Test
    void flippingAnOverlappingRowToBlockingIsRefused() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long host = createUser(c);
            long eventType = createEventType(c, host);
            Instant ten = Instant.parse("2031-03-07T10:00:00Z");
            book(c, eventType, host, ten, ten.plus(Duration.ofHours(1)), "accepted", true);
            long pending = book(c, eventType, host, ten.plus(Duration.ofMinutes(30)), ten.plus(Duration.ofMinutes(90)),
                    "pending", false);

            SQLException refused = assertThrows(SQLException.class, () -> {
                try (PreparedStatement confirm = c.prepareStatement(
                        "UPDATE booking_hosts SET blocking = true WHERE booking_id = ?")) {
                    confirm.setLong(1, pending);
                    confirm.executeUpdate();
                }
            });

            assertEquals(EXCLUSION_VIOLATION, refused.getSQLState());
            assertEquals(1, count(c, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", host));
            assertEquals(0, count(c, "SELECT count(*) FROM booking_hosts WHERE booking_id = ? AND blocking", pending));
        }
    }

    /**
     * One booking and its host row in a transaction of its own. Two transactions that insert
     * overlapping rows at the same instant can each wait for the other, and PostgreSQL then
     * aborts one with 40P01; like the booking service, the victim retries, and its retry meets
     * the committed row (23P01).
     */
    private String bookInOwnTransaction(long eventType, long host, Instant start, Instant end, CountDownLatch ready,
            CountDownLatch go, AtomicInteger deadlockRetries) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ready.countDown();
            go.await();
            for (int attempt = 1;; attempt++) {
                try {
                    book(c, eventType, host, start, end, "accepted", true);
                    c.commit();
                    return "committed";
                } catch (SQLException e) {
                    c.rollback();
                    if (DEADLOCK_DETECTED.equals(e.getSQLState()) && attempt < 5) {
                        deadlockRetries.incrementAndGet();
                        continue;
                    }
                    return e.getSQLState();
                }
            }
        }
    }

    private static long book(Connection c, long eventType, long host, Instant start, Instant end, String status,
            boolean blocking) throws SQLException {
        long booking = insertReturningId(c, """
                INSERT INTO bookings (uid, event_type_id, user_id, title, start_time, end_time, status, created_at, updated_at)
                VALUES (?, ?, ?, 'Exclusion test', ?, ?, ?, ?, ?) RETURNING id""",
                UUID.randomUUID().toString(), eventType, host, at(start), at(end), status, at(start), at(start));
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO booking_hosts (booking_id, user_id, busy, blocking) VALUES (?, ?, tstzrange(?, ?, '[)'), ?)")) {
            ps.setLong(1, booking);
            ps.setLong(2, host);
            ps.setObject(3, at(start));
            ps.setObject(4, at(end));
            ps.setBoolean(5, blocking);
            ps.executeUpdate();
        }
        return booking;
    }

    private static long createUser(Connection c) throws SQLException {
        String suffix = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return insertReturningId(c, """
                INSERT INTO users (uuid, email, username, name, created_at, updated_at)
                VALUES (?, ?, ?, 'Exclusion Host', ?, ?) RETURNING id""",
                UUID.randomUUID(), "host-" + suffix + "@example.com", "host-" + suffix, now, now);
    }

    private static long createEventType(Connection c, long owner) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return insertReturningId(c, """
                INSERT INTO event_types (owner_user_id, title, slug, length_in_minutes, created_at, updated_at)
                VALUES (?, 'Exclusion test', ?, 60, ?, ?) RETURNING id""",
                owner, "exclusion-" + UUID.randomUUID(), now, now);
    }

    private static long insertReturningId(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "INSERT ... RETURNING returned no row");
                return rs.getLong(1);
            }
        }
    }

    private static long count(Connection c, String sql, long parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "count returned no row");
                return rs.getLong(1);
            }
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
