package dev.kairos.slot;

import dev.kairos.platform.jdbc.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The time that keeps hosts from new bookings, read for the slot engine: one query for all
 * bookings of all hosts in a range (never one per day or per host), one for reservations, and one
 * for the bookings that count towards limits.
 */
@ApplicationScoped
class BusyTimeRepository {

    private final EntityManager entityManager;

    BusyTimeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A blocking booking of a host (accepted, or pending on an event type that blocks unconfirmed
     * bookings: {@code booking_hosts.blocking} already says which).
     *
     * @param busyStart the booking's start minus its own before-buffer
     * @param busyEnd   the booking's end plus its own after-buffer
     */
    record BookedTime(long hostId, String bookingUid, Long eventTypeId, Instant start, Instant end, Instant busyStart,
            Instant busyEnd, boolean seated, int seatsTaken) {
    }

    /** A reservation still holding a host's time. */
    record ReservedTime(String uid, long hostId, long eventTypeId, Instant start, Instant end) {
    }

    /** What keeps hosts busy in a range: their blocking bookings and the reservations holding their time. */
    /** The host id of a reservation that holds every host of its (team) event type. */
    static final long ALL_HOSTS = -1;

    record Busy(List<BookedTime> bookings, List<ReservedTime> reservations) {
    }

    /**
     * Blocking bookings of {@code hostIds} whose busy time meets [from, to), and reservations of
     * their personal event types and of {@code eventTypeId} itself still holding at {@code now}, in
     * one round trip; {@code excludedBookingUid} and {@code excludedReservationUid} (the caller's
     * own) are left out. A reservation of a team event type has host id {@link #ALL_HOSTS}.
     *
     * <p>Unless {@code eachBooking} (a seated event type, whose own seated bookings stay joinable and
     * must be seen one by one), each host's busy time comes merged: one {@link BookedTime} per run of
     * overlapping or back-to-back bookings, without uid, event type or buffers (its start and end
     * are the busy range). The engine only subtracts busy time from the hours, after widening every
     * interval by the same buffers of the queried event type, so the merged runs give the very same
     * free windows while a host booked back to back costs a few rows instead of hundreds.
     */
    Busy busyTime(Collection<Long> hostIds, long eventTypeId, Instant from, Instant to, Instant now, String excludedBookingUid,
            String excludedReservationUid, boolean eachBooking) {
        return busyTime(hostIds, eventTypeId, from, to, now, excludedBookingUid, excludedReservationUid, eachBooking, false);
    }

    /**
     * As {@link #busyTime}, after locking the hosts' time ({@link HostLocks}) when {@code lockFirst}:
     * the lock and the read are two statements sent in one round trip, and the read, a statement
     * of its own, sees everything committed before the lock was granted.
     */
    Busy busyTime(Collection<Long> hostIds, long eventTypeId, Instant from, Instant to, Instant now, String excludedBookingUid,
            String excludedReservationUid, boolean eachBooking, boolean lockFirst) {
        String hosts = String.join(", ", Collections.nCopies(hostIds.size(), "?"));
        String bookingsSql = eachBooking ? """
                SELECT 'B', bh.user_id, b.uid, b.event_type_id, b.start_time, b.end_time, lower(bh.busy), upper(bh.busy),
                       b.seated, CASE WHEN b.seated THEN (SELECT count(*) FROM booking_seats s WHERE s.booking_id = b.id) ELSE 0 END
                FROM booking_hosts bh JOIN bookings b ON b.id = bh.booking_id
                WHERE bh.blocking AND bh.user_id IN (%s)
                  AND bh.busy && tstzrange(CAST(? AS timestamptz), CAST(? AS timestamptz), '[)')
                  AND b.uid <> ?
                """.formatted(hosts) : """
                SELECT 'B', m.user_id, NULL, NULL, lower(m.busy), upper(m.busy), lower(m.busy), upper(m.busy), FALSE, 0
                FROM (SELECT bh.user_id, unnest(range_agg(bh.busy)) AS busy
                      FROM booking_hosts bh
                      WHERE bh.blocking AND bh.user_id IN (%s)
                        AND bh.busy && tstzrange(CAST(? AS timestamptz), CAST(? AS timestamptz), '[)')
                """.formatted(hosts) + (excludedBookingUid == null ? "" : """
                        AND bh.booking_id <> COALESCE((SELECT id FROM bookings WHERE uid = ?), 0)
                """) + """
                      GROUP BY bh.user_id) m
                """;
        // Without a booking to leave out, the merged form reads only the exclusion constraint's index.
        boolean bindsExcluded = eachBooking || excludedBookingUid != null;
        String sql = bookingsSql + """
                UNION ALL
                SELECT 'R', COALESCE(et.owner_user_id, -1), r.uid, r.event_type_id, r.slot_start, r.slot_end, r.slot_start, r.slot_end,
                       FALSE, 0
                FROM slot_reservations r JOIN event_types et ON et.id = r.event_type_id
                WHERE (et.owner_user_id IN (%s) OR r.event_type_id = ?) AND r.reserved_until > ?
                  AND r.slot_start < ? AND r.slot_end > ? AND r.uid <> ?""".formatted(hosts);
        // Bookings and seats this transaction wrote through entities must count, as a native query's auto-flush made them.
        entityManager.flush();
        List<BookedTime> bookings = new ArrayList<>();
        List<ReservedTime> reservations = new ArrayList<>();
        Jdbc.prepared(entityManager, lockFirst ? HostLocks.LOCK_SQL + ";\n" + sql : sql, statement -> {
            int i = 1;
            if (lockFirst) {
                HostLocks.bind(statement, i++, hostIds);
            }
            for (long hostId : hostIds) {
                statement.setLong(i++, hostId);
            }
            Jdbc.setInstant(statement, i++, from);
            Jdbc.setInstant(statement, i++, to);
            if (bindsExcluded) {
                statement.setString(i++, excludedBookingUid == null ? "" : excludedBookingUid);
            }
            for (long hostId : hostIds) {
                statement.setLong(i++, hostId);
            }
            statement.setLong(i++, eventTypeId);
            Jdbc.setInstant(statement, i++, now);
            Jdbc.setInstant(statement, i++, to);
            Jdbc.setInstant(statement, i++, from);
            statement.setString(i, excludedReservationUid == null ? "" : excludedReservationUid);
            statement.execute();
            if (lockFirst && !statement.getMoreResults()) {
                throw new IllegalStateException("The busy time read after the host lock returned nothing");
            }
            try (ResultSet r = statement.getResultSet()) {
                while (r.next()) {
                    long hostId = r.getLong(2);
                    if ("B".equals(r.getString(1))) {
                        bookings.add(new BookedTime(hostId, r.getString(3), r.getObject(4, Long.class), Jdbc.instant(r, 5),
                                Jdbc.instant(r, 6), Jdbc.instant(r, 7), Jdbc.instant(r, 8), r.getBoolean(9), r.getInt(10)));
                    } else {
                        reservations.add(new ReservedTime(r.getString(3), hostId, r.getLong(4), Jdbc.instant(r, 5), Jdbc.instant(r, 6)));
                    }
                }
            }
            return null;
        });
        return new Busy(bookings, reservations);
    }

    /** Start and end of the live (accepted or pending) bookings of an event type in [from, to), per host. */
    @SuppressWarnings("unchecked")
    List<BookedTime> countedBookings(long eventTypeId, Collection<Long> hostIds, Instant from, Instant to, String excludedUid) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT bh.user_id, b.uid, b.start_time, b.end_time
                FROM bookings b JOIN booking_hosts bh ON bh.booking_id = b.id
                WHERE b.event_type_id = :eventType AND b.status IN ('accepted', 'pending') AND bh.user_id IN (:hosts)
                  AND b.start_time >= :from AND b.start_time < :to AND b.uid <> :excluded""")
                .setParameter("eventType", eventTypeId).setParameter("hosts", hostIds).setParameter("from", from)
                .setParameter("to", to).setParameter("excluded", excludedUid == null ? "" : excludedUid)
                .getResultList();
        return rows.stream().map(r -> new BookedTime(((Number) r[0]).longValue(), (String) r[1], eventTypeId, instant(r[2]),
                instant(r[3]), instant(r[2]), instant(r[3]), false, 0)).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
