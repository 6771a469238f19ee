package dev.kairos.booking;

import static dev.kairos.booking.BookingErrors.invalid;
import static dev.kairos.booking.BookingErrors.refused;
import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /v2/bookings} refusals of the request itself: the attendee, guests, metadata,
 * lengths, the body's shape and naming the event type (the whitelist: {@link WhitelistBookingTest}).
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingRequestValidationTest {

    private long eventType;

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
        eventType = eventType(host("UTC"), Map.of());
    }

    private Map<String, Object> withAttendee(Map<String, Object> changes) {
        Map<String, Object> attendee = new HashMap<>(BookingFixtures.attendee());
        changes.forEach((key, value) -> {
            if (value == null) {
                attendee.remove(key);
            } else {
                attendee.put(key, value);
            }
        });
        return request(eventType, TUESDAY_9, Map.of("attendee", attendee));
    }

    private static Map<String, Object> without(String key) {
        Map<String, Object> changes = new HashMap<>();
        changes.put(key, null);
        return changes;
    }

    @Test
    void attendeeNameIsRequired() {
        invalid(book(withAttendee(without("name"))), "attendee.name");
        invalid(book(withAttendee(Map.of("name", "   "))), "attendee.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "not-an-email", "ada@", "@example.com", "ada lovelace@example.com"})
    void attendeeEmailMustBeAnAddress(String email) {
        invalid(book(withAttendee(Map.of("email", email))), "attendee.email");
    }

    @Test
    void attendeeEmailIsRequired() {
        invalid(book(withAttendee(without("email"))), "attendee.email");
        invalid(book(withAttendee(Map.of("email", ""))), "attendee.email");
    }

    @Test
    void attendeeTimeZoneMustBeAnIanaZoneAndIsA422InTheBody() {
        invalid(book(withAttendee(Map.of("timeZone", "Mars/Olympus_Mons"))), "attendee.timeZone");
        invalid(book(withAttendee(without("timeZone"))), "attendee.timeZone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "english", "EN", "pt-br", "zh"})
    void attendeeLanguageMustBeABookingLanguage(String language) {
        invalid(book(withAttendee(Map.of("language", language))), "attendee.language");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "07700900123", "+44", "+44 (0)7700 900123", "call me"})
    void attendeePhoneNumberMustBeInternational(String phone) {
        invalid(book(withAttendee(Map.of("phoneNumber", phone))), "attendee.phoneNumber");
    }

    @Test
    void aValidAttendeeIsStored() {
        book(withAttendee(Map.of("phoneNumber", "+447700900123", "language", "pt-BR", "timeZone", "America/Sao_Paulo")))
                .statusCode(201)
                .body("data.attendees[0].language", equalTo("pt-BR"))
                .body("data.attendees[0].timeZone", equalTo("America/Sao_Paulo"));
    }

    @Test
    void theAttendeeIsRequired() {
        Map<String, Object> body = request(eventType, TUESDAY_9, Map.of());
        body.remove("attendee");
        invalid(book(body), "attendee");
    }

    @Test
    void guestsMustBeEmailAddresses() {
        invalid(book(request(eventType, TUESDAY_9, Map.of("guests", List.of("bob@example.com", "a@b")))), "guests[1]");
    }

    @Test
    void atMostThirtyGuests() {
        invalid(book(request(eventType, TUESDAY_9, Map.of("guests", emails(31)))), "guests");
        book(request(eventType, TUESDAY_9, Map.of("guests", emails(30)))).statusCode(201).body("data.guests", hasSize(30));
    }

    private static List<String> emails(int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add("guest" + i + "@example.com");
        }
        return emails;
    }

    @Test
    void guestsAreRefusedWhenTheEventTypeDisablesThem() {
        long noGuests = eventType(host("UTC"), Map.of("disableGuests", true));
        invalid(book(request(noGuests, TUESDAY_9, Map.of("guests", List.of("bob@example.com")))), "guests");
        book(request(noGuests, TUESDAY_9, Map.of("guests", List.of()))).statusCode(201);
    }

    @Test
    void duplicateGuestsAndTheAttendeeThemselvesAreDropped() {
        Map<String, Object> attendee = BookingFixtures.attendee();
        String own = ((String) attendee.get("email")).toUpperCase();
        book(request(eventType, TUESDAY_9, Map.of("attendee", attendee,
                "guests", List.of("bob@example.com", "Bob@Example.com", own, "carol@example.com"))))
                .statusCode(201)
                .body("data.guests", contains("bob@example.com", "carol@example.com"));
    }

    @Test
    void metadataOverTheLimitsIsRefused() {
        invalid(book(request(eventType, TUESDAY_9, Map.of("metadata", keys(51)))), "metadata");
        invalid(book(request(eventType, TUESDAY_9, Map.of("metadata", Map.of("k".repeat(41), "v")))), "metadata");
        invalid(book(request(eventType, TUESDAY_9, Map.of("metadata", Map.of("note", "v".repeat(501))))), "metadata.note");
        invalid(book(request(eventType, TUESDAY_9, Map.of("metadata", Map.of("nested", Map.of("a", 1))))), "metadata.nested");
    }

    @Test
    void metadataAtTheLimitsIsStoredAndEchoed() {
        Map<String, Object> metadata = keys(48);
        metadata.put("k".repeat(40), "v".repeat(500));
        metadata.put("immersio_student_id", 12345);
        assertEcho(metadata);
    }

    private void assertEcho(Map<String, Object> metadata) {
        String uid = book(request(eventType, TUESDAY_9, Map.of("metadata", metadata))).statusCode(201)
                .body("data.metadata", equalTo(metadata))
                .extract().jsonPath().getString("data.uid");
        anonymous().get("/v2/bookings/" + uid).then().statusCode(200).body("data.metadata", equalTo(metadata));
    }

    private static Map<String, Object> keys(int count) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            metadata.put("key" + i, "value " + i);
        }
        return metadata;
    }

    @Test
    void lengthMustBeOneOfTheOptions() {
        long options = eventType(host("UTC"), Map.of("lengthInMinutesOptions", List.of(30, 60, 90)));
        invalid(book(request(options, TUESDAY_9, Map.of("lengthInMinutes", 45))), "lengthInMinutes");
        invalid(book(request(options, TUESDAY_9, Map.of("lengthInMinutes", 0))), "lengthInMinutes");
        invalid(book(request(eventType, TUESDAY_9, Map.of("lengthInMinutes", 30))), "lengthInMinutes");
    }

    @Test
    void aLengthOptionSetsTheEndAndDuration() {
        long options = eventType(host("UTC"), Map.of("lengthInMinutesOptions", List.of(30, 60, 90)));
        book(request(options, TUESDAY_9, Map.of("lengthInMinutes", 90))).statusCode(201)
                .body("data.start", equalTo("2030-01-08T09:00:00.000Z"))
                .body("data.end", equalTo("2030-01-08T10:30:00.000Z"))
                .body("data.duration", equalTo(90));
        book(request(options, "2030-01-08T11:00:00Z", Map.of("lengthInMinutes", 30))).statusCode(201)
                .body("data.end", equalTo("2030-01-08T11:30:00.000Z"))
                .body("data.duration", equalTo(30));
    }

    @Test
    void recurrenceCountNeedsARecurringEventTypeAndAtMostItsOccurrences() {
        invalid(book(request(eventType, TUESDAY_9, Map.of("recurrenceCount", 2))), "recurrenceCount");
        invalid(book(request(eventType, TUESDAY_9, Map.of("recurrenceCount", 0))), "recurrenceCount");
        long weekly = eventType(host("UTC"), Map.of("recurrence", Map.of("interval", 1, "occurrences", 3, "frequency", "weekly")));
        invalid(book(request(weekly, TUESDAY_9, Map.of("recurrenceCount", 4))), "recurrenceCount");
        book(request(weekly, TUESDAY_9, Map.of("recurrenceCount", 2))).statusCode(201).body("data", hasSize(2));
    }

    @Test
    void aReservationOfAnotherStartIsRefused() {
        String reservation = anonymous().body(Map.of("eventTypeId", eventType, "slotStart", "2030-01-08T10:00:00Z"))
                .post("/v2/slots/reservations").then().statusCode(201).extract().jsonPath().getString("data.reservationUid");
        invalid(book(request(eventType, TUESDAY_9, Map.of("reservedSlotUid", reservation))), "reservedSlotUid");
    }

    @Test
    void malformedJsonIsA400() {
        anonymous().body("{\"eventTypeId\": " + eventType + ", \"start\": ").post("/v2/bookings").then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"))
                .body("error.message", containsString("Malformed JSON"));
    }

    @Test
    void aStartThatIsNotADateIsA400NamingTheField() {
        book(request(eventType, "next tuesday", Map.of())).statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"))
                .body("error.message", containsString("'start'"));
        book(request(eventType, TUESDAY_9, Map.of("eventTypeId", "seven"))).statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"))
                .body("error.message", containsString("'eventTypeId'"));
    }

    @Test
    void theStartIsRequired() {
        Map<String, Object> body = request(eventType, TUESDAY_9, Map.of());
        body.remove("start");
        invalid(book(body), "start");
    }

    @Test
    void theEventTypeMustBeNamed() {
        Map<String, Object> body = request(eventType, TUESDAY_9, Map.of());
        body.remove("eventTypeId");
        invalid(book(body), "eventTypeId")
                .body("error.message", allOf(containsString("eventTypeId"), containsString("eventTypeSlug"), containsString("username")));
        body.put("eventTypeSlug", "call");
        invalid(book(body), "eventTypeId").body("error.message", containsString("username"));
    }

    @Test
    void anUnknownEventTypeIsA404() {
        book(request(Long.MAX_VALUE, TUESDAY_9, Map.of())).statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        TestUser host = host("UTC");
        String username = host.call().get("/v2/me").then().statusCode(200).extract().jsonPath().getString("data.username");
        Map<String, Object> body = request(eventType, TUESDAY_9, Map.of("eventTypeSlug", "no-such-slug", "username", username));
        body.remove("eventTypeId");
        book(body).statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void anUnknownTeamSlugIsNotFound() {
        Map<String, Object> body = request(eventType, TUESDAY_9, Map.of("eventTypeSlug", "call", "teamSlug", "no-such-team-" + System.nanoTime()));
        body.remove("eventTypeId");
        book(body).statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"))
                .body("error.message", containsString("team"));
    }

    @Test
    void eventTypeSlugWithUsernameBooks() {
        TestUser host = host("UTC");
        long id = eventType(host, Map.of("slug", "intro-" + System.nanoTime()));
        String slug = host.call().get("/v2/event-types/" + id).then().statusCode(200).extract().jsonPath().getString("data.slug");
        String username = host.call().get("/v2/me").then().statusCode(200).extract().jsonPath().getString("data.username");
        Map<String, Object> body = request(id, TUESDAY_9, Map.of("eventTypeSlug", slug.toUpperCase(), "username", username));
        body.remove("eventTypeId");
        book(body).statusCode(201)
                .body("data.eventTypeId", equalTo((int) id))
                .body("data.eventType.slug", equalTo(slug));
    }
}
