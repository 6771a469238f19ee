package dev.kairos.platform.time;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * "Now" for every business rule: the system clock, or, while {@code KAIROS_CLOCK_FIXED} is set, the
 * instant kept in PostgreSQL so that every instance agrees and administrators can move it. Plain
 * JDBC on purpose: it is read from filters and transactions alike.
 */
public final class BusinessClock extends Clock {

    private final AgroalDataSource dataSource;

    /** @param dataSource null for the system clock */
    BusinessClock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isFixed() {
        return dataSource != null;
    }

    @Override
    public Instant instant() {
        if (dataSource == null) {
            return Instant.now();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT now_at FROM business_clock WHERE id = 1");
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("The fixed business clock has no row; it is seeded at start-up");
            }
            return rs.getTimestamp(1).toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the fixed business clock", e);
        }
    }

    /** Moves the fixed clock (administrators, via {@code PUT /v2/admin/clock}). */
    public void set(Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE business_clock SET now_at = ? WHERE id = 1")) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the fixed business clock", e);
        }
    }

    /** Seeds the row from KAIROS_CLOCK_FIXED unless it was seeded from the same value before. */
    void seed(Instant fixedFrom) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     INSERT INTO business_clock (id, now_at, fixed_from) VALUES (1, ?, ?)
                     ON CONFLICT (id) DO UPDATE SET now_at = EXCLUDED.now_at, fixed_from = EXCLUDED.fixed_from
                     WHERE business_clock.fixed_from <> EXCLUDED.fixed_from""")) {
            statement.setTimestamp(1, Timestamp.from(fixedFrom));
            statement.setTimestamp(2, Timestamp.from(fixedFrom));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed the fixed business clock", e);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The business clock is always UTC; convert instants instead");
    }
}
