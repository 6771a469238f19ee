package dev.kairos.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.eventtype.WhitelistImport.Row;
import dev.kairos.eventtype.api.WhitelistEntryInput;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks and normalisation of a whitelist import, before anything is written. */
class WhitelistImportTest {

    private static WhitelistEntryInput entry(String email) {
        return new WhitelistEntryInput(email, null, null);
    }

    private static List<String> fields(ApiException e) {
        return e.details().stream().map(ErrorDetail::field).toList();
    }

    @Test
    void emailsAreTrimmedAndLowerCased() {
        List<Row> rows = WhitelistImport.rows(List.of(new WhitelistEntryInput("  Ada@Example.COM ", " Ada ", " stu_1 ")));
        assertEquals(List.of(new Row("ada@example.com", "Ada", "stu_1")), rows);
    }

    @Test
    void anEmailSentTwiceCountsOnceWithItsLastValues() {
        List<Row> rows = WhitelistImport.rows(List.of(new WhitelistEntryInput("ada@example.com", "First", "1"),
                entry("bob@example.com"), new WhitelistEntryInput("ADA@example.com", "Last", null)));
        assertEquals(List.of(new Row("ada@example.com", "Last", null), new Row("bob@example.com", null, null)), rows);
    }

    @Test
    void blankNameAndStudentIdMeanNotSent() {
        Row row = WhitelistImport.rows(List.of(new WhitelistEntryInput("ada@example.com", "  ", ""))).get(0);
        assertNull(row.name());
        assertNull(row.externalStudentId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a@b", "not-an-email", "ada@", "@example.com", "ada lovelace@example.com", "a@@example.com"})
    void malformedEmailsAreRefusedByIndex(String email) {
        ApiException refused = assertThrows(ApiException.class,
                () -> WhitelistImport.rows(List.of(entry("ok@example.com"), entry(email))));
        assertEquals(ErrorCode.VALIDATION_ERROR, refused.code());
        assertEquals(List.of("entries[1].email"), fields(refused));
    }

    @Test
    void everyBadEntryIsNamedInOrder() {
        List<WhitelistEntryInput> entries = new ArrayList<>(Collections.nCopies(12, entry("ok@example.com")));
        entries.set(2, null);
        entries.set(10, new WhitelistEntryInput(null, "x".repeat(256), null));
        entries.set(11, new WhitelistEntryInput("fine@example.com", null, "s".repeat(256)));
        ApiException refused = assertThrows(ApiException.class, () -> WhitelistImport.rows(entries));
        assertEquals(List.of("entries[2]", "entries[10].email", "entries[10].name", "entries[11].externalStudentId"), fields(refused));
        assertTrue(refused.getMessage().startsWith("3 entries are invalid"), refused.getMessage());
    }

    @Test
    void limitsAreInclusive() {
        assertEquals(1, WhitelistImport.rows(List.of(new WhitelistEntryInput("a@" + "e".repeat(248) + ".com", "n".repeat(255),
                "s".repeat(255)))).size());
        ApiException tooLong = assertThrows(ApiException.class,
                () -> WhitelistImport.rows(List.of(entry("a@" + "e".repeat(249) + ".com"))));
        assertEquals(List.of("entries[0].email"), fields(tooLong));
    }

    @Test
    void tenThousandEntriesPassAndOneMoreIsRefused() {
        List<WhitelistEntryInput> entries = IntStream.range(0, WhitelistImport.MAX_ENTRIES)
                .mapToObj(i -> entry("student-" + i + "@example.com")).toList();
        assertEquals(WhitelistImport.MAX_ENTRIES, WhitelistImport.rows(entries).size());
        List<WhitelistEntryInput> tooMany = new ArrayList<>(entries);
        tooMany.add(entry("one-more@example.com"));
        ApiException refused = assertThrows(ApiException.class, () -> WhitelistImport.rows(tooMany));
        assertEquals(List.of("entries"), fields(refused));
    }

    @Test
    void detailsStopAtAHundredButTheMessageCountsThemAll() {
        WhitelistEntryInput[] bad = new WhitelistEntryInput[500];
        Arrays.fill(bad, entry("nope"));
        ApiException refused = assertThrows(ApiException.class, () -> WhitelistImport.rows(Arrays.asList(bad)));
        assertEquals(WhitelistImport.MAX_DETAILS, refused.details().size());
        assertTrue(refused.getMessage().startsWith("500 entries are invalid"), refused.getMessage());
    }

    @Test
    void normaliseLeavesNullAlone() {
        assertNull(WhitelistImport.normalise(null));
        assertEquals("ada@example.com", WhitelistImport.normalise("\tADA@example.com\n"));
    }
}
