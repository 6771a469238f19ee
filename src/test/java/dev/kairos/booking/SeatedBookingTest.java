package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_10;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.booking.Parallel.fire;
import static dev.kairos.booking.Parallel.number;
import static dev.kairos.booking.Parallel.statusCounts;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, seats: capacity holds under parallel bookers, a seat's uid shows and changes only its
 * own seat, and the booking ends with its last seat.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class SeatedBookingTest {

    @Inject
    AgroalDataSource dataSource;

    private TestUser booker;
    private String lastBookingUid;

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
        booker = Parallel.unthrottledBooker();
    }

    @Test
    void aHundredBookersOfFiveSeatsGetExactlyFiveSeats() throws Exception {
        TestUser host = host("UTC");
        long eventType = seated(host, 5, false);
        List<Map<String, Object>> people = java.util.stream.IntStream.range(0, 100).mapToObj(i -> person()).toList();

        List<Response> responses = fire(100, i -> booker.call().body(request(eventType, TUESDAY_9, Map.of("attendee", people.get(i))))
                .post("/v2/bookings"));

        assertEquals(Map.of(201, 5L, 409, 95L), statusCounts(responses));
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals("CONFLICT", r.jsonPath().getString("error.code"), r.asString()));
        List<JsonPath> seats = responses.stream().filter(r -> r.statusCode() == 201).map(Response::jsonPath).toList();
        assertEquals(5, seats.stream().map(s -> s.getString("data.seatUid")).filter(java.util.Objects::nonNull).distinct().count());
        assertEquals(1, seats.stream().map(s -> s.getString("data.uid")).distinct().count());
        for (JsonPath seat : seats) {
            // The creation response shows the new seat holder only themselves.
            assertEquals(1, seat.getList("data.attendees").size());
            assertEquals(seat.getString("data.seatUid"), seat.getString("data.attendees[0].seatUid"));
        }
        String uid = seats.get(0).getString("data.uid");
        assertEquals(1, number(dataSource, "SELECT count(*) FROM bookings WHERE event_type_id = ?", eventType));
        assertEquals(5, number(dataSource,
                "SELECT count(*) FROM booking_seats s JOIN bookings b ON b.id = s.booking_id WHERE b.uid = ?", uid));
        assertEquals(5, number(dataSource, "SELECT count(*) FROM attendees a JOIN bookings b ON b.id = a.booking_id WHERE b.uid = ?",
                uid));
        assertEquals(1, number(dataSource, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", host.id()));
        Set<String> winners = seats.stream().map(s -> s.getString("data.attendees[0].email")).collect(Collectors.toSet());
        host.call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.attendees.email", containsInAnyOrder(winners.toArray()));
    }

    @Test
    void aSeatHolderSeesOnlyThemselvesAndTheHostSeesEveryone() {
        TestUser host = host("UTC");
        long eventType = seated(host, 3, false);
        List<Map<String, Object>> people = List.of(person(), person(), person());
        List<String> seatUids = people.stream().map(p -> takeSeat(eventType, TUESDAY_9, p)).toList();
        String uid = lastBookingUid;

        for (int i = 0; i < people.size(); i++) {
            Response seen = anonymous().queryParam("seatUid", seatUids.get(i)).get("/v2/bookings/" + uid);
            seen.then().statusCode(200)
                    .body("data.attendees", hasSize(1))
                    .body("data.attendees[0].email", equalTo(people.get(i).get("email")))
                    .body("data.attendees[0].seatUid", equalTo(seatUids.get(i)));
            for (int other = 0; other < people.size(); other++) {
                if (other != i) {
                    assertNeverShown(seen, people.get(other), seatUids.get(other));
                }
            }
        }
        Response withoutSeat = anonymous().get("/v2/bookings/" + uid);
        withoutSeat.then().statusCode(200).body("data.attendees", empty());
        for (int i = 0; i < people.size(); i++) {
            assertNeverShown(withoutSeat, people.get(i), seatUids.get(i));
        }
        host.call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.attendees.email", containsInAnyOrder(people.stream().map(p -> p.get("email")).toArray()))
                .body("data.attendees.seatUid", containsInAnyOrder(seatUids.toArray()));
    }

    @Test
    void showAttendeeInfoLetsSeatHoldersSeeEachOtherButNotEachOthersSeatUids() {
        long eventType = seated(host("UTC"), 3, true);
        Map<String, Object> first = person();
        Map<String, Object> second = person();
        String firstSeat = takeSeat(eventType, TUESDAY_9, first);
        String secondSeat = takeSeat(eventType, TUESDAY_9, second);

        Response seen = anonymous().queryParam("seatUid", firstSeat).get("/v2/bookings/" + lastBookingUid);

        seen.then().statusCode(200)
                .body("data.attendees.email", containsInAnyOrder(first.get("email"), second.get("email")))
                .body("data.attendees.name", containsInAnyOrder(first.get("name"), second.get("name")))
                .body("data.attendees.find { it.email == '" + first.get("email") + "' }.seatUid", equalTo(firstSeat))
                .body("data.attendees.find { it.email == '" + second.get("email") + "' }.seatUid", nullValue());
        assertFalse(seen.asString().contains(secondSeat), "another holder's seatUid is their credential");
    }

    @Test
    void cancellingASeatFreesThatSeatOnlyAndTheLastSeatEndsTheBooking() throws Exception {
        TestUser host = host("UTC");
        long eventType = seated(host, 2, false);
        Map<String, Object> ada = person();
        Map<String, Object> bob = person();
        String adaSeat = takeSeat(eventType, TUESDAY_9, ada);
        String bobSeat = takeSeat(eventType, TUESDAY_9, bob);
        String uid = lastBookingUid;
        seatRequest(eventType, TUESDAY_9, person()).then().statusCode(409).body("error.code", equalTo("CONFLICT"));

        anonymous().body(Map.of("seatUid", adaSeat, "cancellationReason", "ill")).post("/v2/bookings/" + uid + "/cancel").then()
                .statusCode(200)
                .body("data.status", equalTo("accepted"));
        host.call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.status", equalTo("accepted"))
                .body("data.attendees.email", containsInAnyOrder(bob.get("email")));
        anonymous().body(Map.of("seatUid", adaSeat)).post("/v2/bookings/" + uid + "/cancel").then().statusCode(404);

        Map<String, Object> carol = person();
        String carolSeat = takeSeat(eventType, TUESDAY_9, carol);
        assertEquals(uid, lastBookingUid, "the freed seat is a seat of the same booking");
        seatRequest(eventType, TUESDAY_9, person()).then().statusCode(409);
        host.call().get("/v2/bookings/" + uid).then()
                .body("data.attendees.email", containsInAnyOrder(bob.get("email"), carol.get("email")));

        anonymous().body(Map.of("seatUid", bobSeat)).post("/v2/bookings/" + uid + "/cancel").then().statusCode(200)
                .body("data.status", equalTo("accepted"));
        anonymous().body(Map.of("seatUid", carolSeat)).post("/v2/bookings/" + uid + "/cancel").then().statusCode(200)
                .body("data.status", equalTo("cancelled"));
        assertEquals(0, number(dataSource, "SELECT count(*) FROM booking_hosts WHERE user_id = ? AND blocking", host.id()));

        String again = seatRequest(eventType, TUESDAY_9, person()).then().statusCode(201).extract().jsonPath().getString("data.uid");
        assertNotEquals(uid, again, "a cancelled seated booking is not reopened");
    }

    @Test
    void anAnonymousCancelOfASeatedBookingNeedsASeatUid() {
        TestUser host = host("UTC");
        long eventType = seated(host, 3, false);
        Map<String, Object> ada = person();
        Map<String, Object> bob = person();
        takeSeat(eventType, TUESDAY_9, ada);
        takeSeat(eventType, TUESDAY_9, bob);
        String uid = lastBookingUid;

        anonymous().body(Map.of("cancellationReason", "all of us")).post("/v2/bookings/" + uid + "/cancel").then()
                .statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details[0].field", equalTo("seatUid"));
        anonymous().delete("/v2/bookings/" + uid).then().statusCode(422);
        anonymous().body(Map.of("seatUid", "not-a-seat")).post("/v2/bookings/" + uid + "/cancel").then().statusCode(404);

        host.call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.status", equalTo("accepted"))
                .body("data.attendees.email", containsInAnyOrder(ada.get("email"), bob.get("email")));
    }

    @Test
    void aSeatRescheduleMovesOnlyThatAttendee() {
        TestUser host = host("UTC");
        long eventType = seated(host, 3, false);
        Map<String, Object> ada = person();
        Map<String, Object> bob = person();
        String adaSeat = takeSeat(eventType, TUESDAY_9, ada);
        String bobSeat = takeSeat(eventType, TUESDAY_9, bob);
        String uid = lastBookingUid;

        JsonPath moved = anonymous().body(Map.of("start", TUESDAY_10, "seatUid", adaSeat)).post("/v2/bookings/" + uid + "/reschedule")
                .then().statusCode(201)
                .body("data.start", equalTo("2030-01-08T10:00:00.000Z"))
                .body("data.seatUid", equalTo(adaSeat))
                .body("data.attendees", hasSize(1))
                .body("data.attendees[0].email", equalTo(ada.get("email")))
                .extract().jsonPath();
        String newUid = moved.getString("data.uid");
        assertNotEquals(uid, newUid);
        assertFalse(moved.prettify().contains((String) bob.get("email")));

        host.call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.status", equalTo("accepted"))
                .body("data.start", equalTo("2030-01-08T09:00:00.000Z"))
                .body("data.attendees.email", containsInAnyOrder(bob.get("email")));
        host.call().get("/v2/bookings/" + newUid).then().statusCode(200)
                .body("data.attendees.email", containsInAnyOrder(ada.get("email")));
        anonymous().queryParam("seatUid", adaSeat).get("/v2/bookings/" + newUid).then().statusCode(200)
                .body("data.attendees[0].seatUid", equalTo(adaSeat));

        // The last seat follows: it joins the new slot's booking and the old booking ends, pointing at it.
        anonymous().body(Map.of("start", TUESDAY_10, "seatUid", bobSeat)).post("/v2/bookings/" + uid + "/reschedule").then()
                .statusCode(201)
                .body("data.uid", equalTo(newUid));
        host.call().get("/v2/bookings/" + uid).then()
                .body("data.status", equalTo("cancelled"))
                .body("data.rescheduledToUid", equalTo(newUid));
        host.call().get("/v2/bookings/" + newUid).then()
                .body("data.attendees.email", containsInAnyOrder(ada.get("email"), bob.get("email")));
    }

    @Test
    void aSeatRescheduleNeedsASeatUidAndAFreeSeat() {
        long eventType = seated(host("UTC"), 1, false);
        String adaSeat = takeSeat(eventType, TUESDAY_9, person());
        String uid = lastBookingUid;
        takeSeat(eventType, TUESDAY_10, person());

        anonymous().body(Map.of("start", TUESDAY_10)).post("/v2/bookings/" + uid + "/reschedule").then().statusCode(422)
                .body("error.details[0].field", equalTo("seatUid"));
        anonymous().body(Map.of("start", TUESDAY_10, "seatUid", adaSeat)).post("/v2/bookings/" + uid + "/reschedule").then()
                .statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
        anonymous().queryParam("seatUid", adaSeat).get("/v2/bookings/" + uid).then()
                .body("data.status", equalTo("accepted"))
                .body("data.attendees", hasSize(1));
    }

    @Test
    void parallelSeatMovesIntoTheLastFreeSeatMoveExactlyOne() throws Exception {
        TestUser host = host("UTC");
        long eventType = seated(host, 2, false);
        List<String> nineSeats = List.of(takeSeat(eventType, TUESDAY_9, person()), takeSeat(eventType, TUESDAY_9, person()));
        String uid = lastBookingUid;
        takeSeat(eventType, TUESDAY_10, person());

        List<Response> responses = fire(2, i -> anonymous().body(Map.of("start", TUESDAY_10, "seatUid", nineSeats.get(i)))
                .post("/v2/bookings/" + uid + "/reschedule"));

        assertEquals(Map.of(201, 1L, 409, 1L), statusCounts(responses));
        assertEquals(2, number(dataSource, "SELECT count(*) FROM booking_seats s JOIN bookings b ON b.id = s.booking_id "
                + "WHERE b.event_type_id = ? AND b.start_time = ?", eventType, OffsetDateTime.parse(TUESDAY_10)));
        assertEquals(1, number(dataSource, "SELECT count(*) FROM booking_seats s JOIN bookings b ON b.id = s.booking_id "
                + "WHERE b.uid = ?", uid));
    }

    private static long seated(TestUser host, int seats, boolean showAttendeeInfo) {
        return eventType(host, Map.of("seats", Map.of("seatsPerTimeSlot", seats, "showAttendeeInfo", showAttendeeInfo,
                "showAvailabilityCount", true)));
    }

    /** An attendee whose name and email appear nowhere else. */
    private static Map<String, Object> person() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return Map.of("name", "Seat Holder " + tag, "email", "seat-" + tag + "@example.com", "timeZone", "Europe/London");
    }

    private Response seatRequest(long eventType, String start, Map<String, Object> person) {
        return booker.call().body(request(eventType, start, Map.of("attendee", person))).post("/v2/bookings");
    }

    /** Takes a seat and returns its uid; {@link #lastBookingUid} is the booking the seat joined. */
    private String takeSeat(long eventType, String start, Map<String, Object> person) {
        JsonPath seat = seatRequest(eventType, start, person).then().statusCode(201)
                .body("data.seatUid", notNullValue())
                .extract().jsonPath();
        lastBookingUid = seat.getString("data.uid");
        return seat.getString("data.seatUid");
    }

    private static void assertNeverShown(Response response, Map<String, Object> person, String seatUid) {
        String body = response.asString();
        assertFalse(body.contains((String) person.get("email")), "another seat holder's email leaked: " + body);
        assertFalse(body.contains((String) person.get("name")), "another seat holder's name leaked: " + body);
        assertFalse(body.contains(seatUid), "another seat holder's seatUid leaked: " + body);
    }
}
