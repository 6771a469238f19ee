package dev.kairos.eventtype;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

@ApplicationScoped
class WhitelistRepository implements PanacheRepository<WhitelistEntry> {

    /**
     * One statement for the whole import: the rows go in as three arrays, existing emails keep
     * their creation time and adder and take the sent name and student id (an omitted one keeps
     * its value). {@code xmax = 0} holds for rows this statement inserted rather than updated.
     * An entry added by hand is manual, also one a sync had added: a sync then leaves it alone.
     */
    private static final String UPSERT = """
            WITH upserted AS (
                INSERT INTO event_type_whitelist (event_type_id, email, name, external_student_id, added_by_user_id, created_at, updated_at, source)
                SELECT ?, e.email, e.name, e.external_student_id, ?, ?, ?, 'manual'
                FROM unnest(?::text[], ?::text[], ?::text[]) AS e (email, name, external_student_id)
                ON CONFLICT (event_type_id, email) DO UPDATE
                    SET name = COALESCE(EXCLUDED.name, event_type_whitelist.name),
                        external_student_id = COALESCE(EXCLUDED.external_student_id, event_type_whitelist.external_student_id),
                        updated_at = EXCLUDED.updated_at,
                        source = 'manual'
                RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted""";

    /**
     * A sync's upsert: inserts its students as {@code sync} entries and updates only entries that
     * are already {@code sync}; a manual entry for the same email is skipped (not returned).
     */
    private static final String SYNC_UPSERT = """
            WITH upserted AS (
                INSERT INTO event_type_whitelist (event_type_id, email, name, external_student_id, added_by_user_id, created_at, updated_at, source)
                SELECT ?, e.email, e.name, e.external_student_id, CAST(? AS bigint), ?, ?, 'sync'
                FROM unnest(?::text[], ?::text[], ?::text[]) AS e (email, name, external_student_id)
                ON CONFLICT (event_type_id, email) DO UPDATE
                    SET name = EXCLUDED.name,
                        external_student_id = EXCLUDED.external_student_id,
                        updated_at = EXCLUDED.updated_at
                    WHERE event_type_whitelist.source = 'sync'
                      AND (event_type_whitelist.name IS DISTINCT FROM EXCLUDED.name
                           OR event_type_whitelist.external_student_id IS DISTINCT FROM EXCLUDED.external_student_id)
                RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM upserted""";

    /** How many rows an import inserted and updated. */
    record Upserted(long added, long updated) {
    }

    /** Whether the (normalised) email is on the event type's whitelist: one lookup of the unique index. */
    boolean contains(long eventTypeId, String email) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM event_type_whitelist WHERE event_type_id = ?1 AND email = ?2")
                .setParameter(1, eventTypeId).setParameter(2, email).setMaxResults(1).getResultList().isEmpty();
    }

    List<WhitelistEntry> pageOf(long eventTypeId, int offset, int limit) {
        return find("eventTypeId = ?1 order by email", eventTypeId).range(offset, offset + limit - 1).list();
    }

    long countOf(long eventTypeId) {
        return count("eventTypeId", eventTypeId);
    }

    Upserted upsert(long eventTypeId, List<WhitelistImport.Row> rows, Long addedBy, Instant now) {
        return run(UPSERT, eventTypeId, rows, addedBy, now);
    }

    /** Upserts a sync's rows ({@link #SYNC_UPSERT}); an unchanged sync entry counts as neither added nor updated. */
    Upserted upsertSynced(long eventTypeId, List<WhitelistImport.Row> rows, Instant now) {
        return run(SYNC_UPSERT, eventTypeId, rows, null, now);
    }

    /** Runs one of the upserts, whose parameters are event type, adder, created and updated times, then the three arrays. */
    private Upserted run(String upsert, long eventTypeId, List<WhitelistImport.Row> rows, Long addedBy, Instant now) {
        if (rows.isEmpty()) {
            return new Upserted(0, 0);
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            Array emails = connection.createArrayOf("text", rows.stream().map(WhitelistImport.Row::email).toArray());
            Array names = connection.createArrayOf("text", rows.stream().map(WhitelistImport.Row::name).toArray());
            Array studentIds = connection.createArrayOf("text", rows.stream().map(WhitelistImport.Row::externalStudentId).toArray());
            try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                statement.setLong(1, eventTypeId);
                if (addedBy == null) {
                    statement.setNull(2, Types.BIGINT);
                } else {
                    statement.setLong(2, addedBy);
                }
                statement.setObject(3, at);
                statement.setObject(4, at);
                statement.setArray(5, emails);
                statement.setArray(6, names);
                statement.setArray(7, studentIds);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return new Upserted(result.getLong(1), result.getLong(2));
                }
            } finally {
                emails.free();
                names.free();
                studentIds.free();
            }
        });
    }

    /** Removes the event type's {@code sync} entries whose email is not in {@code keep}; manual entries stay. */
    long deleteSyncedExcept(long eventTypeId, List<String> keep) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Array emails = connection.createArrayOf("text", keep.toArray());
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM event_type_whitelist WHERE event_type_id = ? AND source = 'sync' AND NOT (email = ANY (?::text[]))")) {
                statement.setLong(1, eventTypeId);
                statement.setArray(2, emails);
                return (long) statement.executeUpdate();
            } finally {
                emails.free();
            }
        });
    }

    long deleteEmail(long eventTypeId, String email) {
        return delete("eventTypeId = ?1 and email = ?2", eventTypeId, email);
    }

    long deleteAllOf(long eventTypeId) {
        return delete("eventTypeId", eventTypeId);
    }
}
