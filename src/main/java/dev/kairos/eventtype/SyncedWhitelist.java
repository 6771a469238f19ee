package dev.kairos.eventtype;

import dev.kairos.booking.api.BookingInputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The whitelist entries an external roster owns (source {@code sync}): an Immersio course sync
 * writes a roster here. Entries added by hand are never updated or removed by it, and an email
 * added by hand stays manual even while it is also on a roster.
 */
@ApplicationScoped
public class SyncedWhitelist {

    private static final Pattern EMAIL = Pattern.compile(BookingInputs.EMAIL);

    /** One person on a roster, as the partner sent them. */
    public record Student(String id, String email, String name) {
    }

    /** A roster entry that could not be written, and why. */
    public record Rejected(String studentId, String reason) {
    }

    /**
     * What writing one roster did.
     *
     * @param written  distinct valid emails of the roster
     * @param added    new sync entries
     * @param updated  sync entries whose name or student id changed
     * @param removed  sync entries removed because their student left
     * @param rejected roster entries with no usable email (nothing written for them)
     */
    public record Applied(int written, long added, long updated, long removed, List<Rejected> rejected) {
    }

    private final WhitelistRepository entries;

    SyncedWhitelist(WhitelistRepository entries) {
        this.entries = entries;
    }

    /**
     * Writes the event type's roster in the caller's transaction: its students become (or stay)
     * sync entries, emails lower-cased; with {@code complete}, sync entries of anyone no longer on
     * the roster are removed too. Pass {@code complete} only when the roster was read in full: a
     * roster missing pages would otherwise lock its missing students out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Applied apply(long eventTypeId, List<Student> roster, boolean complete, Instant now) {
        List<Rejected> rejected = new ArrayList<>();
        Map<String, WhitelistImport.Row> byEmail = new TreeMap<>();
        for (Student student : roster) {
            String email = WhitelistImport.normalise(student.email());
            if (email == null || email.isEmpty() || email.length() > WhitelistImport.MAX_EMAIL || !EMAIL.matcher(email).matches()) {
                rejected.add(new Rejected(student.id(), "has no well-formed email address"));
                continue;
            }
            byEmail.put(email, new WhitelistImport.Row(email, clip(student.name()), clip(student.id())));
        }
        List<WhitelistImport.Row> rows = List.copyOf(byEmail.values());
        WhitelistRepository.Upserted upserted = entries.upsertSynced(eventTypeId, rows, now);
        long removed = complete ? entries.deleteSyncedExcept(eventTypeId, List.copyOf(byEmail.keySet())) : 0;
        return new Applied(rows.size(), upserted.added(), upserted.updated(), removed, rejected);
    }

    private static String clip(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() > WhitelistImport.MAX_TEXT ? trimmed.substring(0, WhitelistImport.MAX_TEXT) : trimmed;
    }
}
