package dev.kairos.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.booking.RoundRobin.Choice;
import dev.kairos.booking.RoundRobin.LastBooked;
import dev.kairos.booking.RoundRobin.Member;
import dev.kairos.booking.RoundRobin.Round;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The round-robin rule of issue 6, as plain values: the booking log is simulated here. */
class RoundRobinTest {

    private static final long ALICE = 1, BOB = 2, CAROL = 3;
    private static final long HOUR = 3_600_000L, DAY = 24 * HOUR;

    /** Simulates bookings: each one updates the round and the hosts' last-booked times. */
    private static final class Team {
        final List<Member> members;
        final Map<Long, LastBooked> last = new HashMap<>();
        Round round = Round.NONE;
        long clock = 100 * DAY;
        long nextBookingId = 1000;

        Team(Member... members) {
            this.members = List.of(members);
        }

        void bookedAgo(long userId, long ago) {
            last.put(userId, new LastBooked(clock - ago, nextBookingId++));
        }

        long book(Set<Long> free) {
            Choice choice = RoundRobin.choose(members, free, round, () -> Map.copyOf(last)).orElseThrow();
            round = choice.round();
            last.put(choice.userId(), new LastBooked(clock, nextBookingId++));
            return choice.userId();
        }

        long book() {
            Set<Long> all = new HashSet<>();
            members.forEach(m -> all.add(m.userId()));
            return book(all);
        }
    }

    @Test
    void prd82AssignsCarolBobBobAliceCarolBob() {
        Team team = new Team(new Member(ALICE, "medium", 1), new Member(BOB, "medium", 2), new Member(CAROL, "medium", 1));
        team.bookedAgo(ALICE, HOUR);
        team.bookedAgo(BOB, 2 * DAY);
        team.bookedAgo(CAROL, 7 * DAY);
        List<Long> assigned = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            assigned.add(team.book());
        }
        assertEquals(List.of(CAROL, BOB, BOB, ALICE, CAROL, BOB), assigned);
    }

    @Test
    void sameCreationTimeFallsBackToBookingOrder() {
        // Under a frozen clock every booking has the same createdAt: the later booking id is the more recent.
        Team team = new Team(new Member(ALICE, "medium", 1), new Member(BOB, "medium", 1));
        assertEquals(ALICE, team.book());
        assertEquals(BOB, team.book());
        assertEquals(ALICE, team.book());
        assertEquals(BOB, team.book());
    }

    @Test
    void neverBookedHostsComeFirstThenByUserId() {
        Team team = new Team(new Member(CAROL, "medium", 1), new Member(BOB, "medium", 1), new Member(ALICE, "medium", 1));
        team.bookedAgo(ALICE, HOUR);
        assertEquals(BOB, team.book());
        assertEquals(CAROL, team.book());
        assertEquals(ALICE, team.book());
    }

    @Test
    void weightsAreReducedByTheirGreatestCommonDivisor() {
        Round round = RoundRobin.newRound(List.of(new Member(ALICE, "medium", 100), new Member(BOB, "medium", 300)), Map.of());
        assertEquals(Map.of(ALICE, 1, BOB, 3), round.turnsLeft());
    }

    @Test
    void aBusyHostKeepsItsTurnForLater() {
        Team team = new Team(new Member(ALICE, "medium", 1), new Member(BOB, "medium", 1), new Member(CAROL, "medium", 1));
        assertEquals(BOB, team.book(Set.of(BOB, CAROL)));   // Alice is first in the round but busy
        assertEquals(ALICE, team.book());                   // she still has her turn
        assertEquals(CAROL, team.book());
        assertEquals(Map.of(ALICE, 0, BOB, 0, CAROL, 0), team.round.turnsLeft());
    }

    @Test
    void aNewRoundStartsWhenNoFreeCandidateHasTurnsLeft() {
        Team team = new Team(new Member(ALICE, "medium", 1), new Member(BOB, "medium", 1));
        assertEquals(ALICE, team.book(Set.of(ALICE)));
        // Bob still has his turn but is busy; Alice has none left: a new round starts and she takes it.
        assertEquals(ALICE, team.book(Set.of(ALICE)));
        assertEquals(List.of(BOB, ALICE), team.round.order());
    }

    @Test
    void onlyTheHighestPriorityAmongFreeCandidatesCounts() {
        Team team = new Team(new Member(ALICE, "low", 1), new Member(BOB, "high", 1), new Member(CAROL, "medium", 1));
        assertEquals(BOB, team.book());
        assertEquals(BOB, team.book());
        assertEquals(CAROL, team.book(Set.of(ALICE, CAROL)));
        assertEquals(ALICE, team.book(Set.of(ALICE)));
    }

    @Test
    void noCandidateMeansNoChoice() {
        List<Member> members = List.of(new Member(ALICE, "medium", 1));
        assertTrue(RoundRobin.choose(members, Set.of(), Round.NONE, Map::of).isEmpty());
        assertTrue(RoundRobin.choose(members, Set.of(99L), Round.NONE, Map::of).isEmpty());
    }

    @Test
    void aHostWhoJoinedMidRoundWaitsForTheNextRound() {
        Team before = new Team(new Member(ALICE, "medium", 2), new Member(BOB, "medium", 2));
        before.book();
        Team after = new Team(new Member(ALICE, "medium", 2), new Member(BOB, "medium", 2), new Member(CAROL, "medium", 2));
        after.round = before.round;
        after.last.putAll(before.last);
        // Weights 2 and 2 reduce to one turn each: Bob takes the round's last turn, then Carol,
        // never booked, opens the next round.
        assertEquals(List.of(BOB, CAROL, ALICE), List.of(after.book(), after.book(), after.book()));
    }

    @Test
    void overAThousandBookingsEachShareIsWithinTenPercentOfItsWeight() {
        Team team = new Team(new Member(ALICE, "medium", 1), new Member(BOB, "medium", 2), new Member(CAROL, "medium", 1));
        Random random = new Random(42);
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            // Each host is busy a fifth of the time, independently.
            Set<Long> free = new HashSet<>();
            for (long id : List.of(ALICE, BOB, CAROL)) {
                if (random.nextInt(5) > 0) {
                    free.add(id);
                }
            }
            if (!free.isEmpty()) {
                counts.merge(team.book(free), 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        assertShare(counts.get(ALICE), total, 0.25);
        assertShare(counts.get(BOB), total, 0.50);
        assertShare(counts.get(CAROL), total, 0.25);
    }

    private static void assertShare(int count, int total, double expected) {
        double share = (double) count / total;
        assertTrue(Math.abs(share - expected) <= expected * 0.10, "share " + share + " is not within 10% of " + expected);
    }
}
