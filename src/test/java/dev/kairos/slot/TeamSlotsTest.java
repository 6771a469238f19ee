package dev.kairos.slot;

import static dev.kairos.testing.Api.anonymous;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.testing.Scheduling.hosts;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Scheduling.teamEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, team slots over HTTP: collective = the intersection of every host's free time; round
 * robin = the union within a host group and the intersection across groups, mandatory hosts
 * intersected first.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class TeamSlotsTest {

    private static final String TUESDAY = "2030-01-08";

    @BeforeEach
    void monday() {
        setClock("2030-01-07T06:00:00Z");
    }

    @Test
    void collectiveSlotsAreWhereEveryHostIsFree() {
        TestUser a = host("UTC", "09:00", "17:00");
        TestUser b = host("UTC", "10:00", "15:00");
        TestUser c = host("UTC", "12:00", "18:00");
        long team = Teams.teamWithMembers(a, b, c);
        long eventType = teamEventType(a, team, "collective", hosts(a, b, c), Map.of());

        assertEquals(List.of("12:00", "13:00", "14:00"), tuesdayStarts(eventType));
    }

    @Test
    void collectiveSlotsLoseEveryTimeAnyHostIsBooked() {
        TestUser a = host("UTC");
        TestUser b = host("UTC");
        long team = Teams.teamWithMembers(a, b);
        long collective = teamEventType(a, team, "collective", hosts(a, b), Map.of());
        bookPersonal(b, "2030-01-08T10:00:00Z");

        List<String> starts = tuesdayStarts(collective);
        assertEquals(List.of("09:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"), starts);
    }

    @Test
    void roundRobinSlotsAreWhereAnyHostIsFree() {
        TestUser morning = host("UTC", "09:00", "12:00");
        TestUser afternoon = host("UTC", "13:00", "15:00");
        long team = Teams.teamWithMembers(morning, afternoon);
        long eventType = teamEventType(morning, team, "roundRobin", hosts(morning, afternoon), Map.of());

        assertEquals(List.of("09:00", "10:00", "11:00", "13:00", "14:00"), tuesdayStarts(eventType));
    }

    @Test
    void roundRobinKeepsASlotWhileOneHostIsFree() {
        TestUser a = host("UTC");
        TestUser b = host("UTC");
        long team = Teams.teamWithMembers(a, b);
        long eventType = teamEventType(a, team, "roundRobin", hosts(a, b), Map.of());
        bookPersonal(b, "2030-01-08T10:00:00Z");

        assertEquals(8, tuesdayStarts(eventType).size());
        bookPersonal(a, "2030-01-08T10:00:00Z");
        assertEquals(7, tuesdayStarts(eventType).size());
    }

    @Test
    void roundRobinGroupsNeedOneFreeHostEach() {
        TestUser sales1 = host("UTC", "09:00", "11:00");
        TestUser sales2 = host("UTC", "14:00", "17:00");
        TestUser engineer = host("UTC", "10:00", "15:00");
        long team = Teams.teamWithMembers(sales1, sales2, engineer);
        long eventType = teamEventType(sales1, team, "roundRobin", List.of(
                Map.of("userId", sales1.id(), "groupId", "sales"), Map.of("userId", sales2.id(), "groupId", "sales"),
                Map.of("userId", engineer.id(), "groupId", "engineering")), Map.of());

        // Sales: 09-11 or 14-17; engineering: 10-15. Both groups: 10-11 and 14-15.
        assertEquals(List.of("10:00", "14:00"), tuesdayStarts(eventType));
    }

    @Test
    void mandatoryRoundRobinHostsAreIntersectedFirst() {
        TestUser lead = host("UTC", "11:00", "14:00");
        TestUser a = host("UTC", "09:00", "12:00");
        TestUser b = host("UTC", "12:00", "17:00");
        long team = Teams.teamWithMembers(lead, a, b);
        long eventType = teamEventType(lead, team, "roundRobin", List.of(Map.of("userId", lead.id(), "mandatory", true),
                Map.of("userId", a.id()), Map.of("userId", b.id())), Map.of());

        assertEquals(List.of("11:00", "12:00", "13:00"), tuesdayStarts(eventType));
    }

    @Test
    void teamSlotsAreFoundByTeamSlugAndEventTypeSlug() {
        TestUser a = host("UTC", "09:00", "10:00");
        long team = Teams.teamWithMembers(a);
        long eventType = teamEventType(a, team, "collective", hosts(a), Map.of("slug", "intro-" + System.nanoTime()));
        String slug = a.call().get("/v2/teams/" + team + "/event-types/" + eventType).then().statusCode(200)
                .extract().jsonPath().getString("data.slug");

        anonymous().queryParam("teamSlug", Teams.slugOf(team, a)).queryParam("eventTypeSlug", slug)
                .queryParam("start", TUESDAY).queryParam("end", TUESDAY)
                .get("/v2/slots").then().statusCode(200)
                .body("data." + TUESDAY + ".start", org.hamcrest.Matchers.contains("2030-01-08T09:00:00.000Z"));
        anonymous().queryParam("teamSlug", "no-such-team-" + System.nanoTime()).queryParam("eventTypeSlug", slug)
                .queryParam("start", TUESDAY).queryParam("end", TUESDAY)
                .get("/v2/slots").then().statusCode(404);
    }

    @Test
    void aHostWhoLeavesTheTeamStopsHosting() {
        TestUser a = host("UTC", "09:00", "10:00");
        TestUser b = host("UTC", "15:00", "16:00");
        long team = Teams.team(a);
        long membership = Teams.addMember(a, team, b.id(), "MEMBER");
        long eventType = teamEventType(a, team, "roundRobin", hosts(a, b), Map.of());
        assertEquals(List.of("09:00", "15:00"), tuesdayStarts(eventType));

        a.call().delete("/v2/teams/" + team + "/memberships/" + membership).then().statusCode(200);

        assertEquals(List.of("09:00"), tuesdayStarts(eventType));
    }

    @Test
    void aReservationOfATeamEventTypeHoldsItsStartForEveryHost() {
        TestUser a = host("UTC", "09:00", "11:00");
        TestUser b = host("UTC", "09:00", "11:00");
        long team = Teams.teamWithMembers(a, b);
        long rr = teamEventType(a, team, "roundRobin", hosts(a, b), Map.of());
        String uid = anonymous().body(Map.of("eventTypeId", rr, "slotStart", "2030-01-08T09:00:00Z"))
                .post("/v2/slots/reservations").then().statusCode(201).extract().jsonPath().getString("data.reservationUid");

        assertEquals(List.of("10:00"), tuesdayStarts(rr));
        anonymous().body(Map.of("eventTypeId", rr, "start", "2030-01-08T09:00:00Z",
                        "attendee", Map.of("name", "Ann", "email", "ann@example.com", "timeZone", "UTC")))
                .post("/v2/bookings").then().statusCode(409);
        anonymous().body(Map.of("eventTypeId", rr, "start", "2030-01-08T09:00:00Z", "reservedSlotUid", uid,
                        "attendee", Map.of("name", "Ann", "email", "ann@example.com", "timeZone", "UTC")))
                .post("/v2/bookings").then().statusCode(201);
    }

    static List<String> tuesdayStarts(long eventType) {
        List<String> starts = anonymous().queryParam("eventTypeId", eventType).queryParam("start", TUESDAY).queryParam("end", TUESDAY)
                .get("/v2/slots").then().statusCode(200).extract().jsonPath().getList("data." + TUESDAY + ".start", String.class);
        return starts == null ? List.of() : starts.stream().map(s -> s.substring(11, 16)).toList();
    }

    private static void bookPersonal(TestUser host, String start) {
        long personal = dev.kairos.testing.Scheduling.eventType(host, Map.of());
        anonymous().body(Map.of("eventTypeId", personal, "start", start,
                        "attendee", Map.of("name", "Ann", "email", "ann@example.com", "timeZone", "UTC")))
                .post("/v2/bookings").then().statusCode(201);
    }
}
