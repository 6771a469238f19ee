package dev.kairos.booking;

import static dev.kairos.booking.BookingErrors.refused;
import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_10;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.booking.Parallel.number;
import static dev.kairos.testing.Api.anonymous;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.testing.Scheduling.setClock;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, workshop whitelists at booking time: while enabled only listed emails book (compared
 * case-insensitively), decided before any seat is taken; a reschedule keeps its attendee and is
 * not checked again.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class WhitelistBookingTest {

    private static final Map<String, Object> ENABLED = Map.of("whitelist", Map.of("enabled", true));

    @Inject
    AgroalDataSource dataSource;

    private TestUser host;

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
        host = host("UTC");
    }

    private void whitelist(long eventTypeId, String... emails) {
        host.call().body(Map.of("entries", Arrays.stream(emails).map(e -> Map.of("email", e)).toList()))
                .post("/v2/event-types/" + eventTypeId + "/whitelist").then().statusCode(201);
    }

    private static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static Map<String, Object> as(long eventTypeId, String start, String email) {
        return request(eventTypeId, start, Map.of("attendee", Map.of("name", "Student", "email", email, "timeZone", "Europe/London")));
    }

    @Test
    void aListedEmailBooksInAnyCaseAndOthersAreRefused() {
        long workshop = eventType(host, ENABLED);
        String ada = email("ada");
        whitelist(workshop, ada.replace("ada", "Ada").replace("example.com", "Example.COM"));

        book(as(workshop, TUESDAY_9, ada)).statusCode(201).body("data.attendees[0].email", equalTo(ada));
        refused(book(as(workshop, TUESDAY_10, email("eve"))), 403, "WHITELIST_REQUIRED", "attendee.email")
                .body("error.message", containsString("whitelist"));
    }

    @Test
    void anEmptyEnabledWhitelistRefusesEveryBooker() throws Exception {
        long workshop = eventType(host, ENABLED);
        refused(book(request(workshop, TUESDAY_9, Map.of())), 403, "WHITELIST_REQUIRED", "attendee.email")
                .body("error.message", not(containsString("Exception")));
        assertEquals(0, bookingsOf(workshop));
    }

    @Test
    void aDisabledWhitelistAdmitsEveryone() {
        long workshop = eventType(host, Map.of("whitelist", Map.of("enabled", false)));
        whitelist(workshop, email("ada"));
        book(as(workshop, TUESDAY_9, email("eve"))).statusCode(201);

        long byAlias = eventType(host, Map.of("metadata", Map.of("whitelist_enabled", false)));
        book(as(byAlias, TUESDAY_10, email("bob"))).statusCode(201);
    }

    @Test
    void theMetadataAliasEnablesTheCheckToo() {
        long workshop = eventType(host, Map.of("metadata", Map.of("whitelist_enabled", true)));
        String ada = email("ada");
        whitelist(workshop, ada);
        book(as(workshop, TUESDAY_9, ada)).statusCode(201);
        refused(book(as(workshop, TUESDAY_10, email("eve"))), 403, "WHITELIST_REQUIRED", "attendee.email");
    }

    @Test
    void anUnlistedBookerTakesNoSeat() throws Exception {
        long workshop = eventType(host, Map.of("whitelist", Map.of("enabled", true),
                "seats", Map.of("seatsPerTimeSlot", 2, "showAttendeeInfo", false, "showAvailabilityCount", true)));
        String ada = email("ada");
        String bob = email("bob");
        whitelist(workshop, ada, bob);

        String uid = book(as(workshop, TUESDAY_9, ada)).statusCode(201).extract().jsonPath().getString("data.uid");
        refused(book(as(workshop, TUESDAY_9, email("eve"))), 403, "WHITELIST_REQUIRED", "attendee.email");
        assertEquals(1, seatsOf(uid));

        // The second seat is still free for the next listed booker.
        book(as(workshop, TUESDAY_9, bob.toUpperCase())).statusCode(201).body("data.uid", equalTo(uid));
        assertEquals(2, seatsOf(uid));
        refused(book(as(workshop, TUESDAY_9, email("mallory"))), 403, "WHITELIST_REQUIRED", "attendee.email");
    }

    @Test
    void aRescheduleIsNotCheckedAgain() {
        long workshop = eventType(host, ENABLED);
        String ada = email("ada");
        whitelist(workshop, ada);
        String uid = book(as(workshop, TUESDAY_9, ada)).statusCode(201).extract().jsonPath().getString("data.uid");

        host.call().delete("/v2/event-types/" + workshop + "/whitelist").then().statusCode(200);
        anonymous().body(Map.of("start", TUESDAY_10)).post("/v2/bookings/" + uid + "/reschedule").then().statusCode(201)
                .body("data.attendees[0].email", equalTo(ada));
        refused(book(as(workshop, TUESDAY_9, ada)), 403, "WHITELIST_REQUIRED", "attendee.email");
    }

    private long seatsOf(String uid) throws Exception {
        return number(dataSource, "SELECT count(*) FROM booking_seats s JOIN bookings b ON b.id = s.booking_id WHERE b.uid = ?", uid);
    }

    private long bookingsOf(long eventTypeId) throws Exception {
        return number(dataSource, "SELECT count(*) FROM bookings WHERE event_type_id = ?", eventTypeId);
    }
}
