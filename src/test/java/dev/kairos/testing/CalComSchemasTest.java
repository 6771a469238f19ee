package dev.kairos.testing;

import static dev.kairos.testing.CalComSchemas.assertConforms;
import static dev.kairos.testing.CalComSchemas.parse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The conformance check itself: it must fail on what Cal.com's schemas forbid, or the shape tests prove nothing. */
class CalComSchemasTest {

    private static final String HOST = """
            {"id":1,"name":"Ada","email":"ada@example.com","username":"ada","timeZone":"UTC"}""";

    private static String failure(String schema, String json) {
        return assertThrows(AssertionError.class, () -> assertConforms(schema, parse(json))).getMessage();
    }

    @Test
    void aConformingValueWithExtraFieldsPasses() {
        assertConforms("BookingHost", parse(HOST.replace("}", ",\"extra\":true}")));
    }

    @Test
    void aMissingRequiredFieldFails() {
        assertTrue(failure("BookingHost", HOST.replace("\"email\":\"ada@example.com\",", "")).contains("$.email is required"));
    }

    @Test
    void aWrongJsonTypeFails() {
        assertTrue(failure("BookingHost", HOST.replace("\"id\":1", "\"id\":\"1\"")).contains("$.id is STRING, not number"));
    }

    @Test
    void aRequiredNullFails() {
        assertTrue(failure("BookingHost", HOST.replace("\"ada\"", "null")).contains("$.username is required and null"));
    }

    @Test
    void nestedReferencesAndEnumsAreChecked() {
        String pagination = """
                {"totalItems":1,"remainingItems":0,"itemsPerPage":1,"currentPage":1,"totalPages":1,"hasNextPage":"no",
                 "hasPreviousPage":false}""";
        assertTrue(failure("GetBookingsOutput_2024_08_13", "{\"status\":\"success\",\"data\":[],\"pagination\":" + pagination + "}")
                .contains("$.pagination.hasNextPage is STRING, not boolean"));
        assertTrue(failure("GetBookingsOutput_2024_08_13", "{\"status\":\"fine\",\"data\":[],\"pagination\":"
                + pagination.replace("\"no\"", "false") + "}").contains("not one of"));
    }

    @Test
    void aUnionNeedsOneFittingAlternative() {
        assertTrue(failure("GetBookingOutput_2024_08_13", "{\"status\":\"success\",\"data\":{\"id\":1}}").contains("fits no alternative"));
    }
}
