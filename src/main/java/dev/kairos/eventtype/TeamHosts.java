package dev.kairos.eventtype;

import dev.kairos.eventtype.EventTypeRules.Host;
import dev.kairos.team.MembershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who hosts a team event type right now: its host entries whose user is still an accepted member
 * of the team, or, with {@code assignAllTeamMembers}, every accepted member (taking the settings of
 * their host entry when they have one). Worked out on every read, so joining or leaving a team
 * changes who hosts without touching the event type.
 */
@ApplicationScoped
class TeamHosts {

    static final String DEFAULT_PRIORITY = "medium";
    static final int DEFAULT_WEIGHT = 100;

    private final EventTypeRepository eventTypes;
    private final MembershipRepository memberships;

    TeamHosts(EventTypeRepository eventTypes, MembershipRepository memberships) {
        this.eventTypes = eventTypes;
        this.memberships = memberships;
    }

    /** The current hosts, in the order they were added (members: the order they joined). */
    List<Host> of(EventType eventType) {
        List<Long> members = memberships.acceptedMemberIds(eventType.teamId);
        Map<Long, Host> entries = new LinkedHashMap<>();
        for (EventTypeHost h : eventTypes.hostsOf(eventType.id)) {
            entries.put(h.userId, new Host(h.userId, h.mandatory, h.priority, h.weight, h.groupId, h.scheduleId));
        }
        List<Host> hosts = new ArrayList<>();
        if (eventType.assignAllTeamMembers) {
            for (long member : members) {
                hosts.add(entries.getOrDefault(member, new Host(member, false, DEFAULT_PRIORITY, DEFAULT_WEIGHT, null, null)));
            }
            return hosts;
        }
        Set<Long> current = new HashSet<>(members);
        for (Host host : entries.values()) {
            if (current.contains(host.userId())) {
                hosts.add(host);
            }
        }
        return hosts;
    }
}
