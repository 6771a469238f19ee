package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.testing.Scheduling.hosts;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Scheduling.teamEventType;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, booking team event types over HTTP: a collective booking has every host and holds each
 * host's no-overlap guarantee; round robin assigns one host per group (plus the mandatory ones),
 * within the routed members when a routing form named them; reassignment.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class TeamBookingTest {

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    /** A round-robin event type of three hosts a, b and c, booked at 09:00 Tuesday by {@code host}. */
    private record RoundRobinBooking(TestUser a, TestUser b, TestUser c, String uid, TestUser host) {
    }

    private static RoundRobinBooking roundRobinBookingAtNine() {
        TestUser a = host("UTC");
        TestUser b = host("UTC");
        TestUser c = host("UTC");
        long team = Teams.teamWithMembers(a, b, c);
        long rr = teamEventType(a, team, "roundRobin", hosts(a, b, c), Map.of());
        JsonPath booked = book(request(rr, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath();
        long assigned = booked.getLong("data.hosts[0].id");
        TestUser host = List.of(a, b, c).stream().filter(u -> u.id() == assigned).findFirst().orElseThrow();
        return new RoundRobinBooking(a, b, c, booked.getString("data.uid"), host);
    }

    @Test
    void aThreeHostCollectiveBookingHasEveryHost() {
        TestUser a = host("UTC");
        TestUser b = host("Europe/London");
        TestUser c = host("UTC");
        long team = Teams.teamWithMembers(a, b, c);
        long collective = teamEventType(a, team, "collective", hosts(a, b, c), Map.of());

        JsonPath booking = book(request(collective, TUESDAY_9, Map.of())).statusCode(201)
                .body("data.hosts", hasSize(3))
                .body("data.hosts.id", containsInAnyOrder((int) a.id(), (int) b.id(), (int) c.id()))
                .extract().jsonPath();

        // Every host is now busy at that time, for any event type of theirs...
        for (TestUser host : List.of(a, b, c)) {
            book(request(eventType(host, Map.of()), TUESDAY_9, Map.of())).statusCode(409).body("error.code", equalTo("CONFLICT"));
        }
        // ...and the host sees the booking in their list.
        b.call().get("/v2/bookings").then().statusCode(200).body("data.uid", org.hamcrest.Matchers.hasItem(booking.getString("data.uid")));
    }

    @Test
    void aCollectiveStartIsRefusedWhenOneHostIsBusy() {
        TestUser a = host("UTC");
        TestUser b = host("UTC");
        long team = Teams.teamWithMembers(a, b);
        long collective = teamEventType(a, team, "collective", hosts(a, b), Map.of());
        book(request(eventType(b, Map.of("slotInterval", 30)), "2030-01-08T09:30:00Z", Map.of())).statusCode(201);

        book(request(collective, TUESDAY_9, Map.of())).statusCode(409).body("error.code", equalTo("CONFLICT"));
        book(request(collective, "2030-01-08T11:00:00Z", Map.of())).statusCode(201);
    }

    @Test
    void roundRobinWithTwoGroupsTakesOneHostOfEachGroupAndTheMandatoryHost() {
        TestUser lead = host("UTC");
        TestUser sales1 = host("UTC");
        TestUser sales2 = host("UTC");
        TestUser eng1 = host("UTC");
        TestUser eng2 = host("UTC");
        long team = Teams.teamWithMembers(lead, sales1, sales2, eng1, eng2);
        long rr = teamEventType(lead, team, "roundRobin", List.of(Map.of("userId", lead.id(), "mandatory", true),
                Map.of("userId", sales1.id(), "groupId", "sales"), Map.of("userId", sales2.id(), "groupId", "sales"),
                Map.of("userId", eng1.id(), "groupId", "eng"), Map.of("userId", eng2.id(), "groupId", "eng")), Map.of());
        book(request(eventType(sales1, Map.of()), TUESDAY_9, Map.of())).statusCode(201);

        List<Integer> first = book(request(rr, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath().getList("data.hosts.id");
        assertEquals(3, first.size(), first.toString());
        assertTrue(first.contains((int) lead.id()) && first.contains((int) sales2.id()), first.toString());
        assertTrue(first.contains((int) eng1.id()) || first.contains((int) eng2.id()), first.toString());

        // At 09:00 sales2 is now taken too: no sales host is free, so no booking.
        book(request(rr, TUESDAY_9, Map.of())).statusCode(409);
    }

    @Test
    void routedMembersLimitWhoCanBeAssigned() {
        TestUser a = host("UTC");
        TestUser b = host("UTC");
        TestUser c = host("UTC");
        long team = Teams.teamWithMembers(a, b, c);
        long rr = teamEventType(a, team, "roundRobin", hosts(a, b, c), Map.of());

        for (String start : List.of(TUESDAY_9, "2030-01-08T10:00:00Z", "2030-01-08T11:00:00Z")) {
            book(request(rr, start, Map.of("routing", Map.of("teamMemberIds", List.of(c.id()))))).statusCode(201)
                    .body("data.hosts.id", equalTo(List.of((int) c.id())));
        }
        // c is busy at 09:00 now: the routed members have nobody free, although a and b are.
        book(request(rr, TUESDAY_9, Map.of("routing", Map.of("teamMemberIds", List.of(c.id()))))).statusCode(409);
        Api.TestUser stranger = Api.newUser();
        book(request(rr, TUESDAY_9, Map.of("routing", Map.of("teamMemberIds", List.of(stranger.id()))))).statusCode(422)
                .body("error.details[0].field", equalTo("routing.teamMemberIds[0]"));
    }

    @Test
    void reassignHandsTheBookingToTheNextFreeHostOrANamedOne() {
        RoundRobinBooking booked = roundRobinBookingAtNine();
        TestUser a = booked.a(), b = booked.b(), c = booked.c();
        String uid = booked.uid();
        long first = booked.host().id();
        TestUser firstHost = booked.host();

        long second = firstHost.call().post("/v2/bookings/" + uid + "/reassign").then().statusCode(200)
                .body("data.bookingUid", equalTo(uid)).extract().jsonPath().getLong("data.reassignedTo.id");
        assertNotEquals(first, second);
        a.call().get("/v2/bookings/" + uid).then().statusCode(200).body("data.hosts.id", equalTo(List.of((int) second)));
        // The first host is free again at 09:00, the new one is not.
        book(request(eventType(firstHost, Map.of()), TUESDAY_9, Map.of())).statusCode(201);

        long third = List.of(a, b, c).stream().mapToLong(TestUser::id).filter(id -> id != first && id != second).findFirst().orElseThrow();
        a.call().body(Map.of("reason", "speaks French")).post("/v2/bookings/" + uid + "/reassign/" + third).then().statusCode(200)
                .body("data.reassignedTo.id", equalTo((int) third));
        // The first host is booked at 09:00 now: naming them is a conflict.
        a.call().body(Map.of()).post("/v2/bookings/" + uid + "/reassign/" + first).then().statusCode(409);
        a.call().body(Map.of()).post("/v2/bookings/" + uid + "/reassign/" + Api.newUser().id()).then().statusCode(422);
    }

    @Test
    void onlyTheHostAndTeamAdminsMayReassign() {
        TestUser owner = host("UTC");
        TestUser b = host("UTC");
        TestUser member = host("UTC");
        long team = Teams.teamWithMembers(owner, b, member);
        long rr = teamEventType(owner, team, "roundRobin", hosts(owner, b), Map.of());
        String uid = book(request(rr, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath().getString("data.uid");

        member.call().post("/v2/bookings/" + uid + "/reassign").then().statusCode(403);
        Api.newUser().call().post("/v2/bookings/" + uid + "/reassign").then().statusCode(404);
        Api.anonymous().post("/v2/bookings/" + uid + "/reassign").then().statusCode(401);
        owner.call().post("/v2/bookings/" + uid + "/reassign").then().statusCode(200);
    }

    @Test
    void aPersonalOrCollectiveBookingCannotBeReassigned() {
        TestUser a = host("UTC");
        TestUser b = host("UTC");
        long team = Teams.teamWithMembers(a, b);
        long collective = teamEventType(a, team, "collective", hosts(a, b), Map.of());
        String uid = book(request(collective, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath().getString("data.uid");

        a.call().post("/v2/bookings/" + uid + "/reassign").then().statusCode(409).body("error.code", equalTo("CONFLICT"));
    }

    @Test
    void reschedulingATeamBookingKeepsItsHostsAndMovesEachOnesBusyTime() {
        RoundRobinBooking booked = roundRobinBookingAtNine();
        long assigned = booked.host().id();
        TestUser host = booked.host();
        book(request(eventType(host, Map.of()), "2030-01-08T11:00:00Z", Map.of())).statusCode(201);

        // At 11:00 the assigned host is busy, though the others are free: the booking keeps its host.
        Api.anonymous().body(Map.of("start", "2030-01-08T11:00:00Z")).post("/v2/bookings/" + booked.uid() + "/reschedule")
                .then().statusCode(409);
        Api.anonymous().body(Map.of("start", "2030-01-08T13:00:00Z")).post("/v2/bookings/" + booked.uid() + "/reschedule")
                .then().statusCode(201).body("data.hosts.id", equalTo(List.of((int) assigned)));
        // 09:00 is free again for that host, 13:00 is not.
        book(request(eventType(host, Map.of()), TUESDAY_9, Map.of())).statusCode(201);
        book(request(eventType(host, Map.of()), "2030-01-08T13:00:00Z", Map.of())).statusCode(409);
    }

    @Test
    void cancellingACollectiveBookingFreesEveryHost() {
        TestUser a = host("UTC");
        TestUser b = host("UTC");
        long team = Teams.teamWithMembers(a, b);
        long collective = teamEventType(a, team, "collective", hosts(a, b), Map.of());
        String uid = book(request(collective, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath().getString("data.uid");

        b.call().body(Map.of("cancellationReason", "team offsite")).post("/v2/bookings/" + uid + "/cancel").then().statusCode(200);

        book(request(eventType(a, Map.of()), TUESDAY_9, Map.of())).statusCode(201);
        book(request(eventType(b, Map.of()), TUESDAY_9, Map.of())).statusCode(201);
    }

    @Test
    void aTeamEventTypeIsBookableByTeamSlugAndEventTypeSlug() {
        TestUser a = host("UTC");
        long team = Teams.teamWithMembers(a);
        String slug = "demo-" + System.nanoTime();
        teamEventType(a, team, "collective", hosts(a), Map.of("slug", slug));
        Map<String, Object> body = request(1, TUESDAY_9, Map.of("teamSlug", Teams.slugOf(team, a), "eventTypeSlug", slug));
        body.remove("eventTypeId");

        book(body).statusCode(201).body("data.hosts.id", equalTo(List.of((int) a.id())));
    }
}
