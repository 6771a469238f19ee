package dev.kairos.booking;

import static dev.kairos.booking.BookingErrors.invalid;
import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;

import dev.kairos.admin.FixedClockProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code POST /v2/bookings}: the location and the answers to the event type's booking fields. */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingFormAnswersTest {

    private static final String ADDRESS = "1 Calle Florida, Buenos Aires";
    private static final List<Map<String, Object>> LOCATIONS = List.of(Map.of("type", "attendeePhone"),
            Map.of("type", "address", "address", ADDRESS, "public", true),
            Map.of("type", "link", "link", "https://meet.example.com/flan", "public", false),
            Map.of("type", "attendeeAddress"));

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    private static long withLocations() {
        return eventType(host("UTC"), Map.of("locations", LOCATIONS));
    }

    private static Map<String, Object> at(long eventType, Object location) {
        return request(eventType, TUESDAY_9, Map.of("location", location));
    }

    @Test
    void aLocationTheEventTypeDoesNotOfferIsRefused() {
        long eventType = withLocations();
        invalid(book(at(eventType, "2 Somewhere Else")), "location");
        invalid(book(at(eventType, Map.of("type", "phone", "phone", "+447700900123"))), "location.type");
        invalid(book(at(eventType, Map.of("type", "integration", "integration", "zoom"))), "location.type");
        invalid(book(at(eventType, Map.of("address", ADDRESS))), "location");
    }

    @Test
    void theStringFormNamesAHostLocation() {
        long eventType = withLocations();
        book(at(eventType, "https://meet.example.com/flan")).statusCode(201).body("data.location", equalTo("https://meet.example.com/flan"));
    }

    @Test
    void theStringFormCannotNameAnAttendeeLocationWithoutItsValue() {
        invalid(book(at(withLocations(), "attendeePhone")), "location");
    }

    @Test
    void theDefaultIsTheFirstHostLocation() {
        book(request(withLocations(), TUESDAY_9, Map.of())).statusCode(201).body("data.location", equalTo(ADDRESS));
        long calVideo = eventType(host("UTC"), Map.of());
        book(request(calVideo, TUESDAY_9, Map.of())).statusCode(201).body("data.location", equalTo("integrations:cal-video"));
    }

    @Test
    void anEventTypeWithOnlyAttendeeLocationsNeedsOne() {
        long eventType = eventType(host("UTC"), Map.of("locations", List.of(Map.of("type", "attendeeDefined"))));
        invalid(book(request(eventType, TUESDAY_9, Map.of())), "location");
        book(at(eventType, Map.of("type", "attendeeDefined", "location", "The cafe on the corner"))).statusCode(201)
                .body("data.location", equalTo("The cafe on the corner"));
    }

    @Test
    void attendeePhoneNeedsAValidPhone() {
        long eventType = withLocations();
        invalid(book(at(eventType, Map.of("type", "attendeePhone"))), "location.phone");
        invalid(book(at(eventType, Map.of("type", "attendeePhone", "phone", "07700 900123"))), "location.phone");
        book(at(eventType, Map.of("type", "attendeePhone", "phone", "+447700900123"))).statusCode(201)
                .body("data.location", equalTo("+447700900123"));
    }

    @Test
    void attendeeAddressNeedsAnAddress() {
        long eventType = withLocations();
        invalid(book(at(eventType, Map.of("type", "attendeeAddress"))), "location.address");
        invalid(book(at(eventType, Map.of("type", "attendeeAddress", "address", " "))), "location.address");
        book(at(eventType, Map.of("type", "attendeeAddress", "address", "5 Elm Road"))).statusCode(201)
                .body("data.location", equalTo("5 Elm Road"));
    }

    /** An event type whose form asks one required and several optional custom questions. */
    private static long withForm() {
        return eventType(host("UTC"), Map.of("bookingFields", List.of(
                Map.of("type", "text", "slug", "company", "label", "Company", "required", true),
                Map.of("type", "number", "slug", "team-size", "label", "Team size", "required", false),
                Map.of("type", "boolean", "slug", "vegan", "label", "Vegan?", "required", false),
                Map.of("type", "select", "slug", "plan", "label", "Plan", "required", false, "options", List.of("Lite", "Pro")),
                Map.of("type", "multiselect", "slug", "topics", "label", "Topics", "required", false,
                        "options", List.of("Billing", "Support", "Sales")),
                Map.of("type", "url", "slug", "website", "label", "Website", "required", false),
                Map.of("type", "phone", "slug", "mobile", "label", "Mobile", "required", false))));
    }

    private static Map<String, Object> answering(long eventType, Map<String, Object> extra) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("company", "Analytical Engines Ltd");
        answers.putAll(extra);
        return request(eventType, TUESDAY_9, Map.of("bookingFieldsResponses", answers));
    }

    @Test
    void aRequiredCustomFieldMustBeAnswered() {
        long eventType = withForm();
        invalid(book(request(eventType, TUESDAY_9, Map.of())), "bookingFieldsResponses.company");
        invalid(book(request(eventType, TUESDAY_9, Map.of("bookingFieldsResponses", Map.of("company", "  ")))),
                "bookingFieldsResponses.company");
        invalid(book(request(eventType, TUESDAY_9, Map.of("bookingFieldsResponses", Map.of("plan", "Pro")))),
                "bookingFieldsResponses.company");
    }

    @Test
    void answersOfTheWrongTypeAreRefused() {
        long eventType = withForm();
        invalid(book(answering(eventType, Map.of("team-size", "twelve"))), "bookingFieldsResponses.team-size");
        invalid(book(answering(eventType, Map.of("vegan", "yes"))), "bookingFieldsResponses.vegan");
        invalid(book(answering(eventType, Map.of("plan", "Enterprise"))), "bookingFieldsResponses.plan");
        invalid(book(answering(eventType, Map.of("topics", List.of("Billing", "Gossip")))), "bookingFieldsResponses.topics");
        invalid(book(answering(eventType, Map.of("topics", "Billing"))), "bookingFieldsResponses.topics");
        invalid(book(answering(eventType, Map.of("website", "example.com"))), "bookingFieldsResponses.website");
        invalid(book(answering(eventType, Map.of("mobile", "0770 0900 123"))), "bookingFieldsResponses.mobile");
        invalid(book(answering(eventType, Map.of("company", 42))), "bookingFieldsResponses.company");
    }

    @Test
    void anUnknownSlugIsRefused() {
        invalid(book(answering(withForm(), Map.of("shoe-size", "42"))), "bookingFieldsResponses.shoe-size");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "email", "guests", "location"})
    void fieldsTheRequestAnswersElsewhereAreRefused(String slug) {
        invalid(book(answering(withForm(), Map.of(slug, "x"))), "bookingFieldsResponses." + slug);
    }

    @Test
    void validAnswersAreStoredAndEchoed() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("company", "Analytical Engines Ltd");
        answers.put("team-size", 12);
        answers.put("vegan", false);
        answers.put("plan", "Pro");
        answers.put("topics", List.of("Billing", "Sales"));
        answers.put("website", "https://example.com/ada");
        answers.put("mobile", "+447700900123");
        answers.put("notes", "Bring the punched cards");
        String uid = book(request(withForm(), TUESDAY_9, Map.of("bookingFieldsResponses", answers))).statusCode(201)
                .body("data.bookingFieldsResponses", equalTo(answers))
                .extract().jsonPath().getString("data.uid");
        anonymous().get("/v2/bookings/" + uid).then().statusCode(200).body("data.bookingFieldsResponses", equalTo(answers));
    }
}
