package dev.kairos.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.eventtype.BookingField;
import dev.kairos.eventtype.BookingFormRules;
import dev.kairos.eventtype.Location;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The booking form's checks as plain logic: every refusal is a 422 naming the field. */
class BookingFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AttendeeDetails ADA = new AttendeeDetails("Ada", "ada@example.com", "Europe/London", "en", null);
    private static final Location ADDRESS = new Location("address", "1 Main St", null, null, null, true);
    private static final Location LINK = new Location("link", null, "https://meet.example.com/x", null, null, false);
    private static final Location PHONE = new Location("phone", null, null, "+37120993151", null, true);
    private static final Location ATTENDEE_PHONE = new Location("attendeePhone", null, null, null, null, null);
    private static final Location ATTENDEE_ADDRESS = new Location("attendeeAddress", null, null, null, null, null);
    private static final Location ATTENDEE_DEFINED = new Location("attendeeDefined", null, null, null, null, null);
    private static final Location ZOOM = new Location("integration", null, null, null, "zoom", null);

    /** The event type's whole form: the default fields, then these custom ones. */
    private static BookingForm form(List<Location> locations, boolean disableGuests, BookingField... custom) {
        return new BookingForm(BookingFormRules.effective(List.of(custom), disableGuests), locations, disableGuests);
    }

    private static BookingForm form(BookingField... custom) {
        return form(List.of(Location.CAL_VIDEO), false, custom);
    }

    private static BookingField field(String type, String slug, boolean required, String... options) {
        return new BookingField(type, slug, "The " + slug, required, null, options.length == 0 ? null : List.of(options), false, null);
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void refused(String field, Executable check) {
        ApiException e = assertThrows(ApiException.class, check);
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals(1, e.details().size());
        assertEquals(field, e.details().get(0).field(), e.getMessage());
    }

    @Nested
    class Attendee {

        @Test
        void emailIsRequired() {
            AttendeeDetails noEmail = new AttendeeDetails("Ada", null, "UTC", null, null);
            refused("attendee.email", () -> form().check(noEmail, null, null, null, null));
            AttendeeDetails blank = new AttendeeDetails("Ada", "  ", "UTC", null, null);
            refused("attendee.email", () -> form().check(blank, null, null, null, null));
        }

        @Test
        void aCompleteRequestWithNothingOptionalGivesEmptyAnswers() {
            BookingForm.Answers answers = form().check(ADA, null, null, null, null);
            assertEquals("integrations:cal-video", answers.location());
            assertEquals(List.of(), answers.guests());
            assertEquals(Map.of(), answers.responses());
            assertEquals(Map.of(), answers.metadata());
        }
    }

    @Nested
    class Guests {

        @Test
        void duplicatesAndTheAttendeeThemselvesAreDropped() {
            List<String> guests = List.of("Bob@Example.com", "bob@example.com", "ADA@example.com", " carol@example.com ");
            assertEquals(List.of("bob@example.com", "carol@example.com"), form().guests("ada@example.com", guests));
        }

        @Test
        void noGuestsIsAnEmptyList() {
            assertEquals(List.of(), form().guests("ada@example.com", null));
            assertEquals(List.of(), form().guests("ada@example.com", List.of()));
        }

        @Test
        void refusedWhenTheEventTypeDisablesGuests() {
            BookingForm noGuests = form(List.of(Location.CAL_VIDEO), true);
            refused("guests", () -> noGuests.guests("ada@example.com", List.of("bob@example.com")));
            assertEquals(List.of(), noGuests.guests("ada@example.com", List.of()));
        }

        @Test
        void refusedWhenTheOwnerHidTheGuestsField() {
            BookingField hidden = new BookingField(null, "guests", null, null, null, null, true, null);
            BookingForm form = form(List.of(Location.CAL_VIDEO), false, hidden);
            refused("guests", () -> form.guests("ada@example.com", List.of("bob@example.com")));
        }
    }

    @Nested
    class Locations {

        private final BookingForm all = form(List.of(ATTENDEE_PHONE, ADDRESS, LINK, PHONE, ZOOM, ATTENDEE_ADDRESS, ATTENDEE_DEFINED), false);

        @Test
        void defaultIsTheFirstHostLocation() {
            assertEquals("1 Main St", all.location(null));
            assertEquals("1 Main St", all.location(json("null")));
            assertEquals("https://meet.example.com/x", form(List.of(LINK, ADDRESS), false).location(null));
            assertEquals("integrations:cal-video", form().location(null));
        }

        @Test
        void noLocationsAtAllMeansNone() {
            assertNull(form(List.of(), false).location(null));
        }

        @Test
        void onlyAttendeeLocationsMeanTheAttendeeMustChoose() {
            refused("location", () -> form(List.of(ATTENDEE_PHONE), false).location(null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1 Main St", "https://meet.example.com/x", "+37120993151", "integrations:zoom"})
        void theStringFormMatchesAHostLocation(String given) {
            assertEquals(given, all.location(JSON.getNodeFactory().textNode(given)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2 Other St", "", "attendeePhone", "attendeeAddress", "attendeeDefined"})
        void theStringFormRefusesAnythingElse(String given) {
            refused("location", () -> all.location(JSON.getNodeFactory().textNode(given)));
        }

        @Test
        void anObjectNeedsAType() {
            refused("location", () -> all.location(json("{\"address\":\"1 Main St\"}")));
            refused("location", () -> all.location(json("{\"type\":3}")));
            refused("location", () -> all.location(json("[\"address\"]")));
            refused("location", () -> all.location(json("42")));
        }

        @Test
        void aTypeTheEventTypeDoesNotOfferIsRefused() {
            refused("location.type", () -> form().location(json("{\"type\":\"address\"}")));
            refused("location.type", () -> form(List.of(ADDRESS), false).location(json("{\"type\":\"attendeePhone\",\"phone\":\"+447700900123\"}")));
            refused("location.type", () -> all.location(json("{\"type\":\"teleport\"}")));
        }

        @Test
        void hostLocationsGiveTheHostsValue() {
            assertEquals("1 Main St", all.location(json("{\"type\":\"address\",\"address\":\"somewhere else\"}")));
            assertEquals("https://meet.example.com/x", all.location(json("{\"type\":\"link\"}")));
            assertEquals("+37120993151", all.location(json("{\"type\":\"phone\"}")));
            assertEquals("integrations:zoom", all.location(json("{\"type\":\"integration\"}")));
            assertEquals("integrations:zoom", all.location(json("{\"type\":\"integration\",\"integration\":\"zoom\"}")));
            refused("location.integration", () -> all.location(json("{\"type\":\"integration\",\"integration\":\"google-meet\"}")));
        }

        @Test
        void attendeePhoneNeedsAValidPhone() {
            assertEquals("+447700900123", all.location(json("{\"type\":\"attendeePhone\",\"phone\":\" +447700900123 \"}")));
            assertEquals("+44 7700-900123", all.location(json("{\"type\":\"attendeePhone\",\"phone\":\"+44 7700-900123\"}")));
            refused("location.phone", () -> all.location(json("{\"type\":\"attendeePhone\"}")));
            refused("location.phone", () -> all.location(json("{\"type\":\"attendeePhone\",\"phone\":\"  \"}")));
            refused("location.phone", () -> all.location(json("{\"type\":\"attendeePhone\",\"phone\":447700900123}")));
            refused("location.phone", () -> all.location(json("{\"type\":\"attendeePhone\",\"phone\":\"07700 900123\"}")));
            refused("location.phone", () -> all.location(json("{\"type\":\"attendeePhone\",\"phone\":\"+44abc\"}")));
            refused("location.phone", () -> all.location(json("{\"type\":\"attendeePhone\",\"phone\":\"+" + "1".repeat(30) + "\"}")));
        }

        @Test
        void attendeeAddressNeedsAnAddress() {
            assertEquals("5 Elm Rd", all.location(json("{\"type\":\"attendeeAddress\",\"address\":\"5 Elm Rd\"}")));
            refused("location.address", () -> all.location(json("{\"type\":\"attendeeAddress\"}")));
            refused("location.address", () -> all.location(json("{\"type\":\"attendeeAddress\",\"address\":\"\"}")));
            String tooLong = "x".repeat(BookingForm.MAX_TEXT + 1);
            refused("location.address", () -> all.location(json("{\"type\":\"attendeeAddress\",\"address\":\"" + tooLong + "\"}")));
        }

        @Test
        void attendeeDefinedNeedsALocation() {
            assertEquals("The cafe", all.location(json("{\"type\":\"attendeeDefined\",\"location\":\"The cafe\"}")));
            refused("location.location", () -> all.location(json("{\"type\":\"attendeeDefined\",\"address\":\"The cafe\"}")));
        }
    }

    @Nested
    class Responses {

        private final BookingForm form = form(field("number", "age", false), field("boolean", "vegan", false),
                field("select", "size", false, "S", "M"), field("radio", "colour", false, "red", "blue"),
                field("multiselect", "toppings", false, "cheese", "ham"), field("checkbox", "days", false, "mon", "tue"),
                field("multiemail", "cc", false), field("url", "site", false), field("phone", "mobile", false),
                field("text", "company", false), field("textarea", "story", false), field("address", "home", false));

        private Map<String, Object> check(String slug, Object value) {
            Map<String, Object> given = new LinkedHashMap<>();
            given.put(slug, value);
            return form.responses(given, ADA);
        }

        @Test
        void validAnswersAreKeptAsGiven() {
            Map<String, Object> given = new LinkedHashMap<>();
            given.put("age", 42);
            given.put("vegan", true);
            given.put("size", "M");
            given.put("colour", "blue");
            given.put("toppings", List.of("cheese", "ham"));
            given.put("days", List.of());
            given.put("cc", List.of("x@example.com"));
            given.put("site", "https://example.com/me");
            given.put("mobile", "+447700900123");
            given.put("company", "Analytical Engines Ltd");
            given.put("story", "long\nstory");
            given.put("home", "5 Elm Rd");
            given.put("notes", "bring cake");
            given.put("title", "Planning");
            assertEquals(given, form.responses(given, ADA));
        }

        @Test
        void nullAnswersAreLeftOut() {
            Map<String, Object> given = new LinkedHashMap<>();
            given.put("age", null);
            assertEquals(Map.of(), form.responses(given, ADA));
        }

        @Test
        void numbers() {
            assertEquals(Map.of("age", 1.5), check("age", 1.5));
            refused("bookingFieldsResponses.age", () -> check("age", "42"));
            refused("bookingFieldsResponses.age", () -> check("age", true));
            refused("bookingFieldsResponses.age", () -> check("age", List.of(1)));
        }

        @Test
        void booleans() {
            assertEquals(Map.of("vegan", false), check("vegan", false));
            refused("bookingFieldsResponses.vegan", () -> check("vegan", "true"));
            refused("bookingFieldsResponses.vegan", () -> check("vegan", 1));
        }

        @Test
        void singleChoicesMustBeAnOption() {
            refused("bookingFieldsResponses.size", () -> check("size", "XL"));
            refused("bookingFieldsResponses.size", () -> check("size", "m"));
            refused("bookingFieldsResponses.size", () -> check("size", List.of("M")));
            refused("bookingFieldsResponses.colour", () -> check("colour", "green"));
        }

        @Test
        void multipleChoicesMustAllBeOptions() {
            refused("bookingFieldsResponses.toppings", () -> check("toppings", List.of("cheese", "pineapple")));
            refused("bookingFieldsResponses.toppings", () -> check("toppings", "cheese"));
            refused("bookingFieldsResponses.toppings", () -> check("toppings", List.of(1)));
            refused("bookingFieldsResponses.days", () -> check("days", List.of("sun")));
            List<String> tooMany = new ArrayList<>();
            for (int i = 0; i <= BookingForm.MAX_ITEMS; i++) {
                tooMany.add("cheese");
            }
            refused("bookingFieldsResponses.toppings", () -> check("toppings", tooMany));
        }

        @Test
        void multiEmailsMustAllBeEmails() {
            refused("bookingFieldsResponses.cc", () -> check("cc", List.of("x@example.com", "a@b")));
            refused("bookingFieldsResponses.cc", () -> check("cc", "x@example.com"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"example.com", "ftp://example.com/file", "https://", "javascript:alert(1)", "not a url", "/relative"})
        void urlsMustBeAbsoluteHttp(String url) {
            refused("bookingFieldsResponses.site", () -> check("site", url));
        }

        @ParameterizedTest
        @ValueSource(strings = {"07700900123", "+44", "phone", "+44 (0) 7700"})
        void phonesMustBeInternational(String phone) {
            refused("bookingFieldsResponses.mobile", () -> check("mobile", phone));
        }

        @Test
        void textsHaveALimit() {
            assertEquals(1, check("company", "x".repeat(BookingForm.MAX_TEXT)).size());
            refused("bookingFieldsResponses.company", () -> check("company", "x".repeat(BookingForm.MAX_TEXT + 1)));
            assertEquals(1, check("story", "x".repeat(BookingForm.MAX_TEXTAREA)).size());
            refused("bookingFieldsResponses.story", () -> check("story", "x".repeat(BookingForm.MAX_TEXTAREA + 1)));
            refused("bookingFieldsResponses.company", () -> check("company", 7));
            refused("bookingFieldsResponses.company", () -> check("company", Map.of("a", "b")));
        }

        @Test
        void unknownSlugsAreRefused() {
            refused("bookingFieldsResponses.shoeSize", () -> check("shoeSize", "42"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"name", "email", "guests", "location"})
        void defaultFieldsAnsweredElsewhereAreRefused(String slug) {
            refused("bookingFieldsResponses." + slug, () -> check(slug, "x"));
        }

        @Test
        void requiredFieldsMustBeAnswered() {
            BookingForm strict = form(field("text", "company", true), field("multiselect", "toppings", true, "cheese"));
            Map<String, Object> onlyToppings = Map.of("toppings", List.of("cheese"));
            refused("bookingFieldsResponses.company", () -> strict.responses(onlyToppings, ADA));
            refused("bookingFieldsResponses.company", () -> strict.responses(Map.of("company", "  ", "toppings", List.of("cheese")), ADA));
            refused("bookingFieldsResponses.toppings", () -> strict.responses(Map.of("company", "Acme", "toppings", List.of()), ADA));
            refused("bookingFieldsResponses.company", () -> strict.responses(null, ADA));
            assertEquals(2, strict.responses(Map.of("company", "Acme", "toppings", List.of("cheese")), ADA).size());
        }

        @Test
        void hiddenRequiredFieldsAreNotRequired() {
            BookingField hidden = new BookingField("text", "internal", "Internal", true, null, null, true, null);
            assertEquals(Map.of(), form(hidden).responses(Map.of(), ADA));
        }

        @Test
        void aDefaultFieldMadeRequiredMustBeAnswered() {
            BookingField notes = new BookingField(null, "notes", "Notes", true, null, null, null, null);
            refused("bookingFieldsResponses.notes", () -> form(notes).responses(Map.of(), ADA));
        }

        @Test
        void theAttendeesPhoneFillsTheAttendeePhoneNumberField() {
            BookingForm withPhone = form(field("phone", "attendeePhoneNumber", true));
            AttendeeDetails withNumber = new AttendeeDetails("Ada", "ada@example.com", "UTC", null, "+447700900123");
            assertEquals(Map.of("attendeePhoneNumber", "+447700900123"), withPhone.responses(null, withNumber));
            refused("bookingFieldsResponses.attendeePhoneNumber", () -> withPhone.responses(null, ADA));
            assertEquals(Map.of("attendeePhoneNumber", "+15550100"),
                    withPhone.responses(Map.of("attendeePhoneNumber", "+15550100"), withNumber));
        }
    }

    @Nested
    class Metadata {

        private Map<String, Object> keys(int count) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                metadata.put("key" + i, "value");
            }
            return metadata;
        }

        @Test
        void theLimitsThemselvesAreAccepted() {
            assertEquals(50, BookingForm.metadata(keys(50)).size());
            Map<String, Object> longest = Map.of("k".repeat(40), "v".repeat(500), "n", 12345, "b", true);
            assertEquals(longest, BookingForm.metadata(longest));
            assertEquals(Map.of(), BookingForm.metadata(null));
        }

        @Test
        void tooManyKeys() {
            refused("metadata", () -> BookingForm.metadata(keys(51)));
        }

        @Test
        void keysOfOneToFortyCharacters() {
            refused("metadata", () -> BookingForm.metadata(Map.of("k".repeat(41), "v")));
            refused("metadata", () -> BookingForm.metadata(Map.of("", "v")));
        }

        @Test
        void valuesOfAtMostFiveHundredCharacters() {
            refused("metadata.note", () -> BookingForm.metadata(Map.of("note", "v".repeat(501))));
        }

        @Test
        void onlyFlatValues() {
            refused("metadata.nested", () -> BookingForm.metadata(Map.of("nested", Map.of("a", 1))));
            refused("metadata.list", () -> BookingForm.metadata(Map.of("list", List.of("a"))));
            Map<String, Object> withNull = new LinkedHashMap<>();
            withNull.put("gone", null);
            refused("metadata.gone", () -> BookingForm.metadata(withNull));
        }
    }

    @Test
    void checkNamesTheFirstBadPart() {
        BookingForm form = form(List.of(ADDRESS), true, field("text", "company", true));
        refused("location.type", () -> form.check(ADA, null, json("{\"type\":\"link\"}"), Map.of("company", "Acme"), null));
        refused("guests", () -> form.check(ADA, List.of("bob@example.com"), null, Map.of("company", "Acme"), null));
        refused("bookingFieldsResponses.company", () -> form.check(ADA, null, null, null, null));
        refused("metadata", () -> form.check(ADA, null, null, Map.of("company", "Acme"), Map.of("k".repeat(41), 1)));
        BookingForm.Answers answers = form.check(ADA, List.of(), null, Map.of("company", "Acme"), Map.of("source", "web"));
        assertEquals("1 Main St", answers.location());
        assertTrue(answers.guests().isEmpty());
        assertEquals(Map.of("company", "Acme"), answers.responses());
        assertEquals(Map.of("source", "web"), answers.metadata());
    }
}
