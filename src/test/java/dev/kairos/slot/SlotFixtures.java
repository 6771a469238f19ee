package dev.kairos.slot;


import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * A host with a schedule and an event type, made through the API, plus bookings written with
 * plain SQL (the bookings API is a later capability).
 */
final class SlotFixtures {

    private SlotFixtures() {
    }

    /** An accepted booking of the host with its busy row; returns its uid. */
    static String booking(AgroalDataSource dataSource, long hostId, long eventTypeId, Instant start, Instant end,
            int beforeBuffer, int afterBuffer) throws SQLException {
        String uid = "bk-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            long bookingId;
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO bookings (uid, event_type_id, user_id, title, start_time, end_time, status, created_at, updated_at)
                    VALUES (?, ?, ?, 'Booked', ?, ?, 'accepted', now(), now()) RETURNING id""")) {
                s.setString(1, uid);
                s.setLong(2, eventTypeId);
                s.setLong(3, hostId);
                s.setTimestamp(4, Timestamp.from(start));
                s.setTimestamp(5, Timestamp.from(end));
                ResultSet rs = s.executeQuery();
                rs.next();
                bookingId = rs.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO booking_hosts (booking_id, user_id, busy, blocking) VALUES (?, ?, tstzrange(?, ?, '[)'), true)")) {
                s.setLong(1, bookingId);
                s.setLong(2, hostId);
                s.setTimestamp(3, Timestamp.from(start.minusSeconds(60L * beforeBuffer)));
                s.setTimestamp(4, Timestamp.from(end.plusSeconds(60L * afterBuffer)));
                s.executeUpdate();
            }
        }
        return uid;
    }

    /** A seated booking with {@code seats} people; returns its uid. */
    static String seatedBooking(AgroalDataSource dataSource, long hostId, long eventTypeId, Instant start, Instant end, int seats)
            throws SQLException {
        String uid = booking(dataSource, hostId, eventTypeId, start, end, 0, 0);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE bookings SET seated = true WHERE uid = ?")) {
                s.setString(1, uid);
                s.executeUpdate();
            }
            for (int i = 0; i < seats; i++) {
                try (PreparedStatement s = c.prepareStatement("""
                        WITH a AS (INSERT INTO attendees (booking_id, name, email, time_zone, created_at)
                                   SELECT id, 'Seat', 'seat@example.com', 'UTC', now() FROM bookings WHERE uid = ? RETURNING id, booking_id)
                        INSERT INTO booking_seats (booking_id, attendee_id, seat_uid, created_at)
                        SELECT booking_id, id, ?, now() FROM a""")) {
                    s.setString(1, uid);
                    s.setString(2, "seat-" + UUID.randomUUID());
                    s.executeUpdate();
                }
            }
        }
        return uid;
    }
}
