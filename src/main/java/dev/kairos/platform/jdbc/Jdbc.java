package dev.kairos.platform.jdbc;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.Session;

/**
 * Plain JDBC on the connection of the caller's transaction, for the few statements every booking
 * runs. A Hibernate native query costs several times the database's own work for such small
 * statements (parsing its parameters, binding through the type system, processing rows);
 * these skip all of that. Nothing is flushed first: use this only for tables the transaction
 * does not change through entities, or flush before.
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** What runs with a prepared statement of the caller's SQL. */
    @FunctionalInterface
    public interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** Prepares {@code sql} on the transaction's connection and runs {@code work} with it (errors as Hibernate's JDBC exceptions). */
    public static <T> T prepared(EntityManager entityManager, String sql, Work<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                return work.run(statement);
            }
        });
    }

    /** Binds a timestamptz (null allowed). */
    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    /** Binds a bigint that may be null. */
    public static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** A timestamptz column as an instant (null stays null). */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
