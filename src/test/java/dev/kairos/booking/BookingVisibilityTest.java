package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.booking.BookingFixtures.booked;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API.md section 2: who sees what of a booking, and who may run it. The host sees it in full; the
 * uid holder (anonymous, or a key of someone else) sees hosts' names but not their emails; only a
 * host may confirm, decline or mark absences.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingVisibilityTest {

    private static final Map<String, Object> SEATS = Map.of("seats",
            Map.of("seatsPerTimeSlot", 3, "showAttendeeInfo", false, "showAvailabilityCount", true));

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    @Test
    void theHostSeesEverythingIncludingHostEmails() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        Map<String, Object> body = request(eventType, TUESDAY_9, Map.of("metadata", Map.of("source", "test")));
        @SuppressWarnings("unchecked")
        String attendeeEmail = ((Map<String, Object>) body.get("attendee")).get("email").toString();
        String uid = book(body).statusCode(201).extract().jsonPath().getString("data.uid");
        host.call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("status", equalTo("success"))
                .body("data.uid", equalTo(uid))
                .body("data.hosts", hasSize(1))
                .body("data.hosts[0].id", equalTo((int) host.id()))
                .body("data.hosts[0].email", equalTo(host.email()))
                .body("data.attendees", hasSize(1))
                .body("data.attendees[0].email", equalTo(attendeeEmail))
                .body("data.metadata.source", equalTo("test"));
    }

    @Test
    void anAnonymousUidHolderSeesHostsWithoutEmails() {
        TestUser host = host("UTC");
        String uid = booked(eventType(host, Map.of()), TUESDAY_9);
        anonymous().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.uid", equalTo(uid))
                .body("data.hosts[0].id", equalTo((int) host.id()))
                .body("data.hosts[0].name", notNullValue())
                .body("data.hosts[0]", not(hasKey("email")))
                .body("data.attendees", hasSize(1));
    }

    @Test
    void anotherUsersKeyIsOnlyAUidHolder() {
        TestUser host = host("UTC");
        String uid = booked(eventType(host, Map.of()), TUESDAY_9);
        TestUser stranger = Api.newUser();
        JsonPath asStranger = stranger.call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.hosts[0].email", nullValue())
                .extract().jsonPath();
        JsonPath asAnonymous = anonymous().get("/v2/bookings/" + uid).then().statusCode(200).extract().jsonPath();
        assertEquals(asAnonymous.getMap("data"), asStranger.getMap("data"));
    }

    @Test
    void seatedBookingsShowOnlyTheCallersOwnSeatUnlessHost() {
        TestUser host = host("UTC");
        long eventType = eventType(host, SEATS);
        JsonPath first = book(request(eventType, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath();
        JsonPath second = book(request(eventType, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath();
        String uid = first.getString("data.uid");
        assertEquals(uid, second.getString("data.uid"));
        String mySeat = second.getString("data.seatUid");

        host.call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.attendees", hasSize(2))
                .body("data.attendees.seatUid", hasItem(mySeat))
                .body("data.hosts[0].email", equalTo(host.email()));
        anonymous().queryParam("seatUid", mySeat).get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.attendees", hasSize(1))
                .body("data.attendees[0].seatUid", equalTo(mySeat))
                .body("data.attendees[0].email", equalTo(second.getString("data.attendees[0].email")))
                .body("data.hosts[0].email", nullValue());
        anonymous().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.attendees", hasSize(0));
        Api.newUser().call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.attendees", hasSize(0));
    }

    @Test
    void anUnknownUidIsANotFoundInTheErrorEnvelope() {
        String path = "/v2/bookings/" + UUID.randomUUID();
        for (RequestSpecification caller : List.of(anonymous(), Api.newUser().call())) {
            caller.get(path).then().statusCode(404)
                    .body("status", equalTo("error"))
                    .body("timestamp", notNullValue())
                    .body("path", equalTo(path))
                    .body("requestId", notNullValue())
                    .body("error.code", equalTo("NOT_FOUND"))
                    .body("error.message", notNullValue());
        }
    }

    @Test
    void onlyTheHostMayConfirmOrDecline() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of("requiresConfirmation", true));
        String uid = book(request(eventType, TUESDAY_9, Map.of())).statusCode(201).body("data.status", equalTo("pending"))
                .extract().jsonPath().getString("data.uid");
        TestUser stranger = Api.newUser();
        stranger.call().body(Map.of()).post("/v2/bookings/" + uid + "/confirm").then().statusCode(403)
                .body("status", equalTo("error")).body("error.code", equalTo("FORBIDDEN"));
        stranger.call().body(Map.of("reason", "no")).post("/v2/bookings/" + uid + "/decline").then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
        anonymous().body(Map.of()).post("/v2/bookings/" + uid + "/confirm").then().statusCode(401)
                .body("status", equalTo("error")).body("error.code", equalTo("UNAUTHORIZED"));
        anonymous().body(Map.of("reason", "no")).post("/v2/bookings/" + uid + "/decline").then().statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED"));
        anonymous().get("/v2/bookings/" + uid).then().body("data.status", equalTo("pending"));

        host.call().body(Map.of()).post("/v2/bookings/" + uid + "/confirm").then().statusCode(200)
                .body("data.status", equalTo("accepted"));
    }

    @Test
    void onlyTheHostMayDecline() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of("requiresConfirmation", true));
        String uid = book(request(eventType, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath().getString("data.uid");
        host.call().body(Map.of("reason", "busy")).post("/v2/bookings/" + uid + "/decline").then().statusCode(200)
                .body("data.status", equalTo("rejected"));
    }

    @Test
    void onlyTheHostMayMarkAbsences() {
        TestUser host = host("UTC");
        String uid = booked(eventType(host, Map.of()), TUESDAY_9);
        setClock("2030-01-08T09:30:00Z");
        Map<String, Object> body = Map.of("host", true);
        Api.newUser().call().body(body).post("/v2/bookings/" + uid + "/mark-absent").then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN"));
        anonymous().body(body).post("/v2/bookings/" + uid + "/mark-absent").then().statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED"));
        host.call().get("/v2/bookings/" + uid).then().body("data.absentHost", equalTo(false));
    }

    @Test
    void hostActionsOnAnUnknownUidAreNotFound() {
        TestUser host = host("UTC");
        String path = "/v2/bookings/" + UUID.randomUUID();
        host.call().body(Map.of()).post(path + "/confirm").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        host.call().body(Map.of()).post(path + "/decline").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        host.call().body(Map.of("host", true)).post(path + "/mark-absent").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }
}
