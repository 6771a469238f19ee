package dev.kairos.eventtype;

import static dev.kairos.eventtype.EventTypeFixtures.body;
import static dev.kairos.eventtype.EventTypeFixtures.create;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of an event type: a well-formed body with one bad value is a 422 naming that field. */
@QuarkusTest
class EventTypeValidationTest {

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                arguments("length below 1", Map.of("lengthInMinutes", 0), "lengthInMinutes"),
                arguments("length above a day", Map.of("lengthInMinutes", 1441), "lengthInMinutes"),
                arguments("options without the length", Map.of("lengthInMinutesOptions", List.of(15, 45)), "lengthInMinutesOptions"),
                arguments("repeated options", Map.of("lengthInMinutesOptions", List.of(30, 30)), "lengthInMinutesOptions"),
                arguments("interval 0", Map.of("slotInterval", 0), "slotInterval"),
                arguments("interval above a day", Map.of("slotInterval", 1441), "slotInterval"),
                arguments("negative notice", Map.of("minimumBookingNotice", -1), "minimumBookingNotice"),
                arguments("notice over a year", Map.of("minimumBookingNotice", 525_601), "minimumBookingNotice"),
                arguments("negative buffer before", Map.of("beforeEventBuffer", -5), "beforeEventBuffer"),
                arguments("buffer after above a day", Map.of("afterEventBuffer", 1441), "afterEventBuffer"),
                arguments("negative offset", Map.of("offsetStart", -1), "offsetStart"),
                arguments("slug with spaces", Map.of("slug", "Bad Slug"), "slug"),
                arguments("empty slug", Map.of("slug", ""), "slug"),
                arguments("slug of 101 characters", Map.of("slug", "a".repeat(101)), "slug"),
                arguments("blank title", Map.of("title", "   "), "title"),
                arguments("no title", Map.of("title", ""), "title"),
                arguments("window of 0 days", Map.of("bookingWindow", Map.of("type", "calendarDays", "value", 0)), "bookingWindow.value"),
                arguments("window of fractional days", Map.of("bookingWindow", Map.of("type", "businessDays", "value", 2.5)),
                        "bookingWindow.value"),
                arguments("unknown window type", Map.of("bookingWindow", Map.of("type", "weekly", "value", 5)), "bookingWindow.type"),
                arguments("window without type", Map.of("bookingWindow", Map.of("value", 5)), "bookingWindow.type"),
                arguments("range of one date", Map.of("bookingWindow", Map.of("type", "range", "value", List.of("2030-02-01"))),
                        "bookingWindow.value"),
                arguments("range ending before it starts",
                        Map.of("bookingWindow", Map.of("type", "range", "value", List.of("2030-02-10", "2030-02-01"))), "bookingWindow.value"),
                arguments("range with an impossible date",
                        Map.of("bookingWindow", Map.of("type", "range", "value", List.of("2030-02-30", "2030-03-01"))), "bookingWindow.value"),
                arguments("count limit 0", Map.of("bookingLimitsCount", Map.of("day", 0)), "bookingLimitsCount.day"),
                arguments("week limit below day limit", Map.of("bookingLimitsCount", Map.of("day", 5, "week", 3)), "bookingLimitsCount.week"),
                arguments("month limit below week limit", Map.of("bookingLimitsCount", Map.of("week", 10, "month", 5)),
                        "bookingLimitsCount.month"),
                arguments("year limit below day limit", Map.of("bookingLimitsCount", Map.of("day", 10, "year", 5)), "bookingLimitsCount.year"),
                arguments("duration over a day", Map.of("bookingLimitsDuration", Map.of("day", 1441)), "bookingLimitsDuration.day"),
                arguments("duration week below day", Map.of("bookingLimitsDuration", Map.of("day", 120, "week", 60)),
                        "bookingLimitsDuration.week"),
                arguments("no seats", Map.of("seats", Map.of("seatsPerTimeSlot", 0)), "seats.seatsPerTimeSlot"),
                arguments("too many seats", Map.of("seats", Map.of("seatsPerTimeSlot", 1001)), "seats.seatsPerTimeSlot"),
                arguments("seats without a count", Map.of("seats", Map.of("showAttendeeInfo", true)), "seats.seatsPerTimeSlot"),
                arguments("seats needing confirmation", Map.of("seats", Map.of("seatsPerTimeSlot", 5),
                        "confirmationPolicy", Map.of("type", "always", "blockUnconfirmedBookingsInBooker", false)), "seats"),
                arguments("seats with requiresConfirmation", Map.of("seats", Map.of("seatsPerTimeSlot", 5), "requiresConfirmation", true),
                        "seats"),
                arguments("recurring seats", Map.of("seats", Map.of("seatsPerTimeSlot", 5),
                        "recurrence", Map.of("interval", 1, "occurrences", 4, "frequency", "weekly")), "seats"),
                arguments("recurrence interval 0", Map.of("recurrence", Map.of("interval", 0, "occurrences", 4, "frequency", "weekly")),
                        "recurrence.interval"),
                arguments("too many occurrences",
                        Map.of("recurrence", Map.of("interval", 1, "occurrences", 731, "frequency", "weekly")), "recurrence.occurrences"),
                arguments("daily recurrence", Map.of("recurrence", Map.of("interval", 1, "occurrences", 4, "frequency", "daily")),
                        "recurrence.frequency"),
                arguments("recurrence without occurrences", Map.of("recurrence", Map.of("interval", 1, "frequency", "weekly")),
                        "recurrence.occurrences"),
                arguments("unknown confirmation type", Map.of("confirmationPolicy", Map.of("type", "sometimes")), "confirmationPolicy.type"),
                arguments("time policy without threshold", Map.of("confirmationPolicy", Map.of("type", "time")),
                        "confirmationPolicy.noticeThreshold"),
                arguments("threshold in days", Map.of("confirmationPolicy", Map.of("type", "time",
                        "noticeThreshold", Map.of("unit", "days", "count", 1))), "confirmationPolicy.noticeThreshold.unit"),
                arguments("negative price", Map.of("price", -1), "price"),
                arguments("fractional price", Map.of("price", 10.5), "price"),
                arguments("two-letter currency", Map.of("currency", "US"), "currency"),
                arguments("unknown currency", Map.of("currency", "XYZ"), "currency"),
                arguments("51 metadata keys", Map.of("metadata", manyKeys(51)), "metadata"),
                arguments("metadata key of 41 characters", Map.of("metadata", Map.of("k".repeat(41), "v")), "metadata"),
                arguments("metadata value of 501 characters", Map.of("metadata", Map.of("note", "v".repeat(501))), "metadata.note"),
                arguments("metadata object over 500 characters", Map.of("metadata", Map.of("blob", Map.of("x", "v".repeat(495)))),
                        "metadata.blob"),
                arguments("non-numeric refund alias", Map.of("metadata", Map.of("refund_window_hours", "soon")),
                        "metadata.refund_window_hours"),
                arguments("non-boolean whitelist alias", Map.of("metadata", Map.of("whitelist_enabled", "yes")),
                        "metadata.whitelist_enabled"),
                arguments("negative refund window", Map.of("refundWindowHours", -1), "refundWindowHours"),
                arguments("negative cancellation notice", Map.of("cancellationNoticeHours", -1), "cancellationNoticeHours"),
                arguments("unknown booking field type", fields(Map.of("type", "colour", "slug", "fav", "label", "Fav", "required", true)),
                        "bookingFields[0].type"),
                arguments("repeated booking field slug", fields(
                        Map.of("type", "text", "slug", "company", "label", "Company", "required", true),
                        Map.of("type", "number", "slug", "company", "label", "Size", "required", false)), "bookingFields[1].slug"),
                arguments("select without options", fields(Map.of("type", "select", "slug", "pick", "label", "Pick", "required", true)),
                        "bookingFields[0].options"),
                arguments("radio with no options", fields(Map.of("type", "radio", "slug", "pick", "label", "Pick", "required", true,
                        "options", List.of())), "bookingFields[0].options"),
                arguments("repeated select options", fields(Map.of("type", "multiselect", "slug", "pick", "label", "Pick", "required", true,
                        "options", List.of("A", "A"))), "bookingFields[0].options"),
                arguments("text field with options", fields(Map.of("type", "text", "slug", "t", "label", "T", "required", true,
                        "options", List.of("A"))), "bookingFields[0].options"),
                arguments("custom field without required flag", fields(Map.of("type", "text", "slug", "t", "label", "T")),
                        "bookingFields[0].required"),
                arguments("custom field without label", fields(Map.of("type", "url", "slug", "site", "required", true)),
                        "bookingFields[0].label"),
                arguments("custom field without slug", fields(Map.of("type", "url", "label", "Site", "required", true)),
                        "bookingFields[0].slug"),
                arguments("custom field slug with spaces", fields(Map.of("type", "url", "slug", "my site", "label", "Site",
                        "required", true)), "bookingFields[0].slug"),
                arguments("location default field", fields(Map.of("slug", "location", "required", true)), "bookingFields[0].slug"),
                arguments("default field with another type", fields(Map.of("slug", "notes", "type", "number")), "bookingFields[0].type"),
                arguments("optional name", fields(Map.of("type", "name", "required", false)), "bookingFields[0].required"),
                arguments("optional email without a phone", fields(Map.of("type", "email", "required", false)),
                        "bookingFields[0].required"),
                arguments("unknown location type", locations(Map.of("type", "carrierPigeon")), "locations[0].type"),
                arguments("address location without address", locations(Map.of("type", "address", "public", true)),
                        "locations[0].address"),
                arguments("link location with ftp", locations(Map.of("type", "link", "link", "ftp://files.example.com", "public", true)),
                        "locations[0].link"),
                arguments("phone location not international", locations(Map.of("type", "phone", "phone", "12345", "public", true)),
                        "locations[0].phone"),
                arguments("unknown integration", locations(Map.of("type", "integration", "integration", "skype")),
                        "locations[0].integration"),
                arguments("organizer's default app on a personal type", locations(Map.of("type", "organizersDefaultApp")),
                        "locations[0].type"),
                arguments("repeated location", locations(Map.of("type", "attendeePhone"), Map.of("type", "attendeePhone")),
                        "locations[1]"),
                arguments("default layout not enabled", Map.of("bookerLayouts", Map.of("defaultLayout", "week",
                        "enabledLayouts", List.of("month"))), "bookerLayouts.defaultLayout"),
                arguments("unknown layout", Map.of("bookerLayouts", Map.of("defaultLayout", "grid",
                        "enabledLayouts", List.of("grid"))), "bookerLayouts.defaultLayout"),
                arguments("colour name", Map.of("color", Map.of("lightThemeHex", "red", "darkThemeHex", "#000000")), "color.lightThemeHex"),
                arguments("relative redirect", Map.of("successRedirectUrl", "/thanks"), "successRedirectUrl"),
                arguments("unknown schedule", Map.of("scheduleId", 987_654_321), "scheduleId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void invalidValueIsRefusedNamingTheField(String description, Map<String, Object> overrides, String field) {
        TestUser user = Api.newUser();
        user.call().body(body(overrides)).post("/v2/event-types").then()
                .statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details[0].field", equalTo(field));
        user.call().get("/v2/event-types").then().body("pagination.totalItems", equalTo(0));
    }

    @Test
    void requiredFieldsAreNamed() {
        TestUser user = Api.newUser();
        user.call().body(Map.of()).post("/v2/event-types").then().statusCode(422)
                .body("error.details.field", equalTo(List.of("lengthInMinutes", "slug", "title")));
    }

    @Test
    void anotherUsersScheduleIsRefused() {
        TestUser user = Api.newUser();
        long theirs = Rows.schedule(Api.newUser().id());
        user.call().body(body(Map.of("scheduleId", theirs))).post("/v2/event-types").then().statusCode(422)
                .body("error.details[0].field", equalTo("scheduleId"));
        long id = create(user, Map.of());
        user.call().body(Map.of("scheduleId", theirs)).patch("/v2/event-types/" + id).then().statusCode(422)
                .body("error.details[0].field", equalTo("scheduleId"));
    }

    @Test
    void anUpdateCannotBreakARuleAcrossFields() {
        TestUser user = Api.newUser();
        long seated = create(user, Map.of("seats", Map.of("seatsPerTimeSlot", 3)));
        user.call().body(Map.of("requiresConfirmation", true)).patch("/v2/event-types/" + seated).then().statusCode(422)
                .body("error.details[0].field", equalTo("seats"));
        long withOptions = create(user, Map.of("lengthInMinutesOptions", List.of(30, 60)));
        user.call().body(Map.of("lengthInMinutes", 45)).patch("/v2/event-types/" + withOptions).then().statusCode(422)
                .body("error.details[0].field", equalTo("lengthInMinutesOptions"));
        user.call().get("/v2/event-types/" + withOptions).then().body("data.lengthInMinutes", equalTo(30));
    }

    @Test
    void emailMayBeOptionalWithARequiredAttendeePhone() {
        TestUser user = Api.newUser();
        user.call().body(body(fields(Map.of("type", "email", "required", false, "hidden", true),
                Map.of("type", "phone", "slug", "attendeePhoneNumber", "label", "Phone", "required", true)))).post("/v2/event-types")
                .then().statusCode(201)
                .body("data.bookingFields.find { it.slug == 'email' }.required", equalTo(false))
                .body("data.bookingFields.find { it.slug == 'email' }.hidden", equalTo(true));
    }

    @Test
    void fiftyMetadataKeysOfFortyCharactersAndFiveHundredCharacterValuesAreAccepted() {
        TestUser user = Api.newUser();
        Map<String, Object> metadata = new HashMap<>(manyKeys(49));
        metadata.put("k".repeat(40), "v".repeat(500));
        user.call().body(body(Map.of("metadata", metadata))).post("/v2/event-types").then().statusCode(201)
                .body("data.metadata.size()", equalTo(50));
    }

    @Test
    void aWrongJsonTypeIsAnInvalidRequest() {
        Api.newUser().call().body(body(Map.of("lengthInMinutes", "half an hour"))).post("/v2/event-types").then()
                .statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
    }

    private static Map<String, Object> manyKeys(int count) {
        Map<String, Object> metadata = new HashMap<>();
        IntStream.range(0, count).forEach(i -> metadata.put("key" + i, "value" + i));
        return metadata;
    }

    @SafeVarargs
    private static Map<String, Object> fields(Map<String, Object>... fields) {
        return Map.of("bookingFields", List.of(fields));
    }

    @SafeVarargs
    private static Map<String, Object> locations(Map<String, Object>... locations) {
        return Map.of("locations", List.of(locations));
    }
}
