package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.booking.Parallel.fire;
import static dev.kairos.booking.Parallel.statusCounts;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Scheduling.teamEventType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, round-robin assignment over HTTP: PRD 8.2 exactly as written, a crowd on one slot of a
 * 10-host team, and the fairness bound over 1,000 bookings (PRD 6.4).
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class RoundRobinBookingTest {

    private static final String NOW = "2030-01-07T06:00:00Z";

    private TestUser booker;

    @BeforeEach
    void monday() {
        setClock(NOW);
        booker = Parallel.unthrottledBooker();
    }

    @Test
    void prd82WeightsAndLeastRecentlyBookedGiveCarolBobBobAliceCarolBob() {
        TestUser alice = host("UTC");
        TestUser bob = host("UTC");
        TestUser carol = host("UTC");
        long team = Teams.teamWithMembers(alice, bob, carol);
        long rr = teamEventType(alice, team, "roundRobin", List.of(Map.of("userId", alice.id(), "weight", 1),
                Map.of("userId", bob.id(), "weight", 2), Map.of("userId", carol.id(), "weight", 1)), Map.of());
        // Last bookings: Carol a week ago, Bob two days ago, Alice an hour ago (each made at that time).
        lastBookedAt(carol, "2029-12-31T06:00:00Z");
        lastBookedAt(bob, "2030-01-05T06:00:00Z");
        lastBookedAt(alice, "2030-01-07T05:00:00Z");
        setClock(NOW);

        List<Long> assigned = new ArrayList<>();
        for (int hour = 9; hour < 15; hour++) {
            assigned.add(booker.call().body(request(rr, String.format("2030-01-08T%02d:00:00Z", hour), Map.of())).post("/v2/bookings")
                    .then().statusCode(201).extract().jsonPath().getLong("data.hosts[0].id"));
        }

        assertEquals(List.of(carol.id(), bob.id(), bob.id(), alice.id(), carol.id(), bob.id()), assigned);
    }

    @Test
    void aHundredBookersOfOneSlotOfATenHostTeamMakeTenBookingsNoHostTwice() throws Exception {
        TestUser owner = host("UTC");
        List<TestUser> members = IntStream.range(0, 9).mapToObj(i -> host("UTC")).toList();
        long team = Teams.teamWithMembers(owner, members.toArray(TestUser[]::new));
        List<Map<String, Object>> hosts = new ArrayList<>();
        hosts.add(Map.of("userId", owner.id()));
        members.forEach(m -> hosts.add(Map.of("userId", m.id())));
        long rr = teamEventType(owner, team, "roundRobin", hosts, Map.of());

        List<Response> responses = fire(100, i -> booker.call().body(request(rr, "2030-01-08T09:00:00Z", Map.of())).post("/v2/bookings"));

        assertEquals(Map.of(201, 10L, 409, 90L), statusCounts(responses));
        Set<Long> assigned = new HashSet<>();
        responses.stream().filter(r -> r.statusCode() == 201).forEach(r -> {
            assertEquals(1, r.jsonPath().getList("data.hosts").size());
            assertTrue(assigned.add(r.jsonPath().getLong("data.hosts[0].id")), "a host was assigned twice: " + r.asString());
        });
        assertEquals(10, assigned.size());
    }

    @Test
    void overAThousandBookingsEachHostsShareIsWithinTenPercentOfItsWeight() {
        TestUser a = host("UTC");
        TestUser b = host("UTC");
        TestUser c = host("UTC");
        long team = Teams.teamWithMembers(a, b, c);
        long rr = teamEventType(a, team, "roundRobin", List.of(Map.of("userId", a.id(), "weight", 1),
                Map.of("userId", b.id(), "weight", 2), Map.of("userId", c.id(), "weight", 1)), Map.of());
        // Some of each host's time is taken by their own bookings, so turns are sometimes skipped.
        LocalDate day = LocalDate.of(2030, 1, 8);
        for (int i = 0; i < 40; i++) {
            TestUser busy = List.of(a, b, c).get(i % 3);
            LocalDate d = weekday(day, i * 3);
            booker.call().body(request(eventType(busy, Map.of()), d + "T1" + (i % 6) + ":00:00Z", Map.of())).post("/v2/bookings")
                    .then().statusCode(201);
        }

        Map<Long, Integer> counts = new HashMap<>();
        int booked = 0;
        for (int slot = 0; booked < 1000; slot++) {
            LocalDate d = weekday(day, slot / 8);
            Instant start = d.atTime(9 + slot % 8, 0).toInstant(ZoneOffset.UTC);
            Response response = booker.call().body(request(rr, start.toString(), Map.of())).post("/v2/bookings");
            if (response.statusCode() == 201) {
                counts.merge(response.jsonPath().getLong("data.hosts[0].id"), 1, Integer::sum);
                booked++;
            } else {
                assertEquals(409, response.statusCode(), response.asString());
            }
        }

        assertShare(counts.get(a.id()), 0.25);
        assertShare(counts.get(b.id()), 0.50);
        assertShare(counts.get(c.id()), 0.25);
    }

    private void lastBookedAt(TestUser host, String when) {
        setClock(when);
        booker.call().body(request(eventType(host, Map.of()), "2031-01-07T09:00:00Z", Map.of())).post("/v2/bookings").then().statusCode(201);
    }

    private static LocalDate weekday(LocalDate from, int weekdays) {
        LocalDate d = from;
        int left = weekdays;
        while (left > 0 || d.getDayOfWeek().getValue() > 5) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return d;
    }

    private static void assertShare(Integer count, double expected) {
        double share = count / 1000.0;
        assertTrue(Math.abs(share - expected) <= expected * 0.10, "share " + share + " is not within 10% of " + expected);
    }
}
