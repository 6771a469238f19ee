package dev.kairos.eventtype;

import dev.kairos.booking.api.BookingInputs;
import dev.kairos.eventtype.api.WhitelistEntryInput;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks and normalises the entries of one whitelist import, all before anything is written: one
 * bad entry refuses the whole call, naming every bad entry by its index. Emails are compared
 * trimmed and lower-cased; an email sent twice counts once, with the values of its last entry.
 */
final class WhitelistImport {

    static final int MAX_ENTRIES = 10_000;
    static final int MAX_EMAIL = 254;
    static final int MAX_TEXT = 255;
    /** More details than this help nobody; the message still says how many entries were bad. */
    static final int MAX_DETAILS = 100;
    private static final Pattern EMAIL = Pattern.compile(BookingInputs.EMAIL);

    /** One entry as stored: the normalised email, and name and student id (null when not sent). */
    record Row(String email, String name, String externalStudentId) {
    }

    private WhitelistImport() {
    }

    /** The form an email is stored and looked up in; null stays null. */
    static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The rows to write, one per distinct email, ordered by email (so concurrent imports lock rows
     * in the same order).
     *
     * @throws ApiException 422 naming each bad entry ({@code entries[17].email})
     */
    static List<Row> rows(List<WhitelistEntryInput> entries) {
        if (entries.size() > MAX_ENTRIES) {
            throw ApiException.validation("entries", "has " + entries.size() + " entries; send at most " + MAX_ENTRIES
                    + " per call (split the list, each call adds to the whitelist)");
        }
        List<ErrorDetail> problems = new ArrayList<>();
        Map<String, Row> byEmail = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            WhitelistEntryInput entry = entries.get(i);
            String at = "entries[" + i + "]";
            if (entry == null) {
                problems.add(new ErrorDetail(at, "must be an object with an email"));
                continue;
            }
            int before = problems.size();
            String email = normalise(entry.email());
            if (email == null || email.isEmpty()) {
                problems.add(new ErrorDetail(at + ".email", "is required"));
            } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
                problems.add(new ErrorDetail(at + ".email", "must be a well-formed email address of at most " + MAX_EMAIL + " characters"));
            }
            String name = text(entry.name(), at + ".name", problems);
            String studentId = text(entry.externalStudentId(), at + ".externalStudentId", problems);
            if (problems.size() == before) {
                byEmail.put(email, new Row(email, name, studentId));
            }
        }
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        return List.copyOf(byEmail.values());
    }

    /** Trimmed; blank means not sent. */
    private static String text(String value, String field, List<ErrorDetail> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_TEXT) {
            problems.add(new ErrorDetail(field, "must be at most " + MAX_TEXT + " characters"));
        }
        return trimmed;
    }

    private static ApiException refusal(List<ErrorDetail> problems) {
        long bad = problems.stream().map(p -> p.field().replaceFirst("\\].*", "]")).distinct().count();
        String shown = problems.size() > MAX_DETAILS ? " (the first " + MAX_DETAILS + " problems are listed)" : "";
        return new ApiException(ErrorCode.VALIDATION_ERROR, bad + (bad == 1 ? " entry is" : " entries are")
                + " invalid, so nothing was imported; fix them and send the whole list again" + shown,
                problems.subList(0, Math.min(problems.size(), MAX_DETAILS)), Map.of());
    }
}
