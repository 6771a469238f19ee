package dev.kairos.booking;

import dev.kairos.booking.RoundRobin.Choice;
import dev.kairos.booking.RoundRobin.Member;
import dev.kairos.booking.RoundRobin.Round;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.eventtype.EventTypeRules.Host;
import dev.kairos.platform.error.ApiException;
import dev.kairos.user.User;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who hosts a booking: the owner of a personal event type, every host of a collective one, and for
 * round robin the mandatory hosts plus the host whose turn it is. Its callers hold the hosts' locks
 * ({@code SlotService.lockAndCheck}), which every change to their time holds, always before the
 * round-robin row lock.
 */
@ApplicationScoped
class HostAssigner {

    private final RoundRobinStates rounds;
    private final UserRepository users;

    HostAssigner(RoundRobinStates rounds, UserRepository users) {
        this.rounds = rounds;
        this.users = users;
    }

    /**
     * Who organises until assignment says otherwise: the owner, or a team event type's first host,
     * loaded read-only (creating a booking never changes a user).
     *
     * @throws ApiException 409 when a team event type has no hosts at the moment
     */
    User provisionalOrganizer(EventTypeRules eventType) {
        if (eventType.hosts().isEmpty()) {
            throw ApiException.conflict("Event type " + eventType.id() + " has no hosts at the moment, so it cannot be booked");
        }
        return users.findReadOnly(eventType.hosts().get(0).userId());
    }

    /**
     * The draft with its hosts, for a start the engine found bookable with {@code freeHostIds}
     * free: unchanged (every host) unless round robin, which takes a turn under the event type's
     * round lock, so call it with the hosts locked and only once the start is known to be bookable.
     *
     * @param routedMembers the hosts a routing form allowed; null = any
     * @throws ApiException 409 when no allowed host is free
     */
    BookingDraft assign(BookingDraft draft, Collection<Long> freeHostIds, List<Long> routedMembers, Instant now) {
        EventTypeRules eventType = draft.eventType();
        Map<String, List<Member>> groups = groups(eventType);
        if (!eventType.isRoundRobin() || groups.isEmpty()) {
            return draft;
        }
        Set<Long> candidates = new HashSet<>(freeHostIds);
        if (routedMembers != null) {
            candidates.retainAll(routedMembers);
        }
        Map<String, Round> rounds = this.rounds.lock(eventType.id(), now);
        List<Long> hostIds = new ArrayList<>();
        for (Map.Entry<String, List<Member>> group : groups.entrySet()) {
            long chosen = take(rounds, group.getKey(), group.getValue(), candidates).orElseThrow(() -> ApiException.conflict("No "
                    + (routedMembers == null ? "" : "routed ") + "host" + (groups.size() > 1 ? " of group '" + group.getKey() + "'" : "")
                    + " of event type " + eventType.id() + " is free at that time; pick another slot"));
            hostIds.add(chosen);
        }
        this.rounds.save(eventType.id(), rounds, now);
        eventType.hosts().stream().filter(Host::mandatory).map(Host::userId).forEach(hostIds::add);
        return draft.assignedTo(users.findById(hostIds.get(0)), hostIds);
    }

    /**
     * Takes the next round-robin turn in the group of host {@code current} among {@code candidates}
     * (hosts free for the booking), under the event type's round lock; empty when none is a candidate.
     */
    Optional<Long> nextInGroupOf(EventTypeRules eventType, long current, Set<Long> candidates, Instant now) {
        String group = groupOf(eventType, current);
        List<Member> members = groups(eventType).getOrDefault(group, List.of());
        Map<String, Round> rounds = this.rounds.lock(eventType.id(), now);
        Optional<Long> chosen = take(rounds, group, members, candidates);
        chosen.ifPresent(id -> this.rounds.save(eventType.id(), rounds, now));
        return chosen;
    }

    /** The round-robin group ("" = no group) of a host. */
    static String groupOf(EventTypeRules eventType, long userId) {
        return eventType.hosts().stream().filter(h -> h.userId() == userId).findFirst()
                .map(h -> h.groupId() == null ? "" : h.groupId()).orElse("");
    }

    private Optional<Long> take(Map<String, Round> rounds, String group, List<Member> members, Set<Long> candidates) {
        Optional<Choice> choice = RoundRobin.choose(members, candidates, rounds.getOrDefault(group, Round.NONE),
                () -> this.rounds.lastBooked(members.stream().map(Member::userId).toList()));
        choice.ifPresent(c -> rounds.put(group, c.round()));
        return choice.map(Choice::userId);
    }

    /** The non-mandatory hosts by group, the default group ("") first, then by group id. */
    private static Map<String, List<Member>> groups(EventTypeRules eventType) {
        Map<String, List<Member>> groups = new TreeMap<>();
        for (Host h : eventType.hosts()) {
            if (!h.mandatory()) {
                groups.computeIfAbsent(h.groupId() == null ? "" : h.groupId(), g -> new ArrayList<>())
                        .add(new Member(h.userId(), h.priority(), h.weight()));
            }
        }
        return groups;
    }

    /**
     * Checks {@code routing.teamMemberIds}: each must host the event type.
     *
     * @throws ApiException 422 naming the first one that does not
     */
    static void checkRouted(EventTypeRules eventType, List<Long> routedMembers) {
        if (routedMembers == null) {
            return;
        }
        List<Long> hosts = eventType.hostIds();
        for (int i = 0; i < routedMembers.size(); i++) {
            if (!hosts.contains(routedMembers.get(i))) {
                throw ApiException.validation("routing.teamMemberIds[" + i + "]", "user " + routedMembers.get(i)
                        + " does not host event type " + eventType.id());
            }
        }
    }
}
