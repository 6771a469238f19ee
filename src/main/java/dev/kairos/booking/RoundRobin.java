package dev.kairos.booking;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Round-robin assignment, as plain values. A round gives each host weight/gcd(all weights)
 * consecutive turns; at the round's start the hosts are ordered by when they were last booked
 * (never booked first, ties by user id). A booking goes to the first free candidate, in the
 * round's order, that has turns left; a busy host keeps its turns. When no free candidate has
 * turns left, a new round starts. Only the highest priority present among the free candidates is
 * considered.
 */
final class RoundRobin {

    static final List<String> PRIORITIES = List.of("lowest", "low", "medium", "high", "highest");

    /** A non-mandatory host of the event type. */
    record Member(long userId, String priority, int weight) {
    }

    /** When a host was last booked: its most recent live booking's creation time and id (never booked: absent). */
    record LastBooked(long createdAtMillis, long bookingId) implements Comparable<LastBooked> {
        @Override
        public int compareTo(LastBooked other) {
            int byTime = Long.compare(createdAtMillis, other.createdAtMillis);
            return byTime != 0 ? byTime : Long.compare(bookingId, other.bookingId);
        }
    }

    /**
     * The current round: the hosts in turn order with their turns left. Empty when no round has
     * started yet.
     */
    record Round(List<Long> order, Map<Long, Integer> turnsLeft) {
        static final Round NONE = new Round(List.of(), Map.of());

        Round {
            order = List.copyOf(order);
            turnsLeft = Map.copyOf(turnsLeft);
        }
    }

    /** Who takes the booking, and the round after they took it. */
    record Choice(long userId, Round round) {
    }

    private RoundRobin() {
    }

    /**
     * Picks the host for one booking.
     *
     * @param members    every non-mandatory host (weights and priorities)
     * @param candidates the members free for the whole slot (and allowed by routing), in any order
     * @param round      the round in progress, {@link Round#NONE} at first
     * @param lastBooked when each member was last booked; looked up only when a new round starts
     * @return empty when there is no candidate
     */
    static Optional<Choice> choose(List<Member> members, Set<Long> candidates, Round round,
            java.util.function.Supplier<Map<Long, LastBooked>> lastBooked) {
        Set<Long> eligible = highestPriority(members, candidates);
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Optional<Choice> inRound = take(round, eligible);
        if (inRound.isPresent()) {
            return inRound;
        }
        return take(newRound(members, lastBooked.get()), eligible);
    }

    /** The round that starts now: every member, least recently booked first, with its weight's share of turns. */
    static Round newRound(List<Member> members, Map<Long, LastBooked> lastBooked) {
        int gcd = members.stream().map(m -> BigInteger.valueOf(m.weight())).reduce(BigInteger::gcd).map(BigInteger::intValue).orElse(1);
        Comparator<Member> order = Comparator
                .comparing((Member m) -> lastBooked.get(m.userId()), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Member::userId);
        List<Long> ids = new ArrayList<>();
        Map<Long, Integer> turns = new LinkedHashMap<>();
        members.stream().sorted(order).forEach(m -> {
            ids.add(m.userId());
            turns.put(m.userId(), m.weight() / gcd);
        });
        return new Round(ids, turns);
    }

    private static Optional<Choice> take(Round round, Set<Long> eligible) {
        for (long id : round.order()) {
            int left = round.turnsLeft().getOrDefault(id, 0);
            if (left > 0 && eligible.contains(id)) {
                Map<Long, Integer> turns = new LinkedHashMap<>(round.turnsLeft());
                turns.put(id, left - 1);
                return Optional.of(new Choice(id, new Round(round.order(), turns)));
            }
        }
        return Optional.empty();
    }

    private static Set<Long> highestPriority(List<Member> members, Set<Long> candidates) {
        int best = -1;
        for (Member m : members) {
            if (candidates.contains(m.userId())) {
                best = Math.max(best, PRIORITIES.indexOf(m.priority()));
            }
        }
        Set<Long> eligible = new HashSet<>();
        for (Member m : members) {
            if (candidates.contains(m.userId()) && PRIORITIES.indexOf(m.priority()) == best) {
                eligible.add(m.userId());
            }
        }
        return eligible;
    }
}
