package dev.kairos.eventtype;

import dev.kairos.eventtype.EventTypeRules.Host;
import dev.kairos.eventtype.api.CreateEventTypeRequest;
import dev.kairos.eventtype.api.EventTypeResponse;
import dev.kairos.eventtype.api.TeamHostResponse;
import dev.kairos.eventtype.api.EventTypeInput;
import dev.kairos.eventtype.api.HostInput;
import dev.kairos.eventtype.api.UpdateEventTypeRequest;
import dev.kairos.organization.plan.PlanLimits;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.team.MembershipRepository;
import dev.kairos.team.Team;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRole;
import dev.kairos.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Team event types ({@code /v2/teams/{teamId}/event-types}): members read them, admins and owners
 * create, change and delete them. The booking rules are the personal ones; what is added is who
 * hosts and how they share the bookings.
 */
@ApplicationScoped
@Transactional
public class TeamEventTypeService {

    static final String COLLECTIVE = "collective";
    static final String ROUND_ROBIN = "roundRobin";

    private final EventTypeRepository eventTypes;
    private final MembershipRepository memberships;
    private final TeamAccess access;
    private final EventTypeCatalog catalog;
    private final PlanLimits plans;
    private final Clock clock;

    TeamEventTypeService(EventTypeRepository eventTypes, MembershipRepository memberships, TeamAccess access, EventTypeCatalog catalog,
            PlanLimits plans, Clock clock) {
        this.eventTypes = eventTypes;
        this.memberships = memberships;
        this.access = access;
        this.catalog = catalog;
        this.plans = plans;
        this.clock = clock;
    }

    /** A team event type as its response shows it: with its team, current hosts and their users. */
    public EventTypeResponse view(EventType eventType) {
        Team team = eventTypes.getEntityManager().find(Team.class, eventType.teamId);
        List<Host> hosts = catalog.hostsOf(eventType);
        Map<Long, User> users = new HashMap<>();
        if (!hosts.isEmpty()) {
            eventTypes.getEntityManager().createQuery("from User where id in ?1", User.class)
                    .setParameter(1, hosts.stream().map(Host::userId).toList()).getResultList().forEach(u -> users.put(u.id, u));
        }
        return EventTypeResponse.fromTeam(eventType, team,
                hosts.stream().map(h -> TeamHostResponse.from(h, users.get(h.userId()))).toList(),
                hosts.stream().map(h -> users.get(h.userId())).toList());
    }

    /**
     * Creates an event type of the team; without locations it takes place on Cal Video.
     *
     * @throws ApiException 404 / 403 unless the caller is an admin or owner of the team, 422 for an
     *                      invalid value (hosts who are not accepted members included), 409 for a slug the team uses, 403
     *                      PLAN_LIMIT_EXCEEDED when the team's organisation has no event type left in its plan
     */
    public EventType create(Caller caller, long teamId, CreateEventTypeRequest request) {
        access.require(caller, teamId, TeamRole.ADMIN);
        if (request.schedulingType() == null) {
            throw ApiException.validation("schedulingType", "is required for a team event type: collective or roundRobin");
        }
        Instant now = clock.instant();
        EventType eventType = EventType.team(teamId, request.schedulingType(), now);
        eventType.locations = new ArrayList<>(List.of(Location.CAL_VIDEO));
        checkTeamRules(teamId, null, request);
        EventTypeSettings.apply(request, eventType);
        applyHosting(request, eventType);
        plans.admitEventType(eventTypes.getEntityManager().find(Team.class, teamId).parentId);
        eventTypes.persist(eventType);
        replaceHosts(eventType, request.hosts(), now);
        return eventType;
    }

    /**
     * Applies the fields sent; {@code hosts}, when sent, replaces the whole host list.
     *
     * @throws ApiException as {@link #create}; 404 for an event type of another team
     */
    public EventType update(Caller caller, long teamId, long id, UpdateEventTypeRequest request) {
        access.require(caller, teamId, TeamRole.ADMIN);
        EventType eventType = ofTeam(teamId, id);
        checkTeamRules(teamId, id, request);
        EventTypeSettings.apply(request, eventType);
        applyHosting(request, eventType);
        eventType.updatedAt = clock.instant();
        replaceHosts(eventType, request.hosts(), eventType.updatedAt);
        return eventType;
    }

    /**
     * Deletes an event type of the team; its bookings stay, without an event type.
     *
     * @throws ApiException 404 / 403 as {@link #update}
     */
    public EventType delete(Caller caller, long teamId, long id) {
        access.require(caller, teamId, TeamRole.ADMIN);
        EventType eventType = ofTeam(teamId, id);
        eventTypes.delete(eventType);
        return eventType;
    }

    /**
     * One of the team's event types, for any member.
     *
     * @throws ApiException 404 unless the caller is an accepted member and the event type is the team's
     */
    public EventType get(Caller caller, long teamId, long id) {
        access.requireMember(caller, teamId);
        return ofTeam(teamId, id);
    }

    /** One page of the team's event types, hidden ones included, for any member. */
    public List<EventType> list(Caller caller, long teamId, int offset, int limit) {
        access.requireMember(caller, teamId);
        return eventTypes.pageOfTeam(teamId, offset, limit);
    }

    public long count(long teamId) {
        return eventTypes.countOfTeam(teamId);
    }

    private EventType ofTeam(long teamId, long id) {
        return eventTypes.findOfTeam(id, teamId).orElseThrow(() -> ApiException.notFound("No event type " + id + " in team " + teamId));
    }

    /** Checked before the entity changes, so that these queries flush nothing half-applied. */
    private void checkTeamRules(long teamId, Long id, EventTypeInput request) {
        if ("managed".equals(request.schedulingType())) {
            throw ApiException.validation("schedulingType", "managed event types are not supported yet; use collective or roundRobin");
        }
        if (request.scheduleId() != null) {
            throw ApiException.validation("scheduleId", "a team event type uses each host's schedule: set hosts[].scheduleId instead");
        }
        if (request.slug() != null && eventTypes.teamSlugTakenByAnother(teamId, request.slug(), id)) {
            throw ApiException.conflict("Team " + teamId + " already has an event type with the slug '" + request.slug()
                    + "'; choose another slug or change that event type");
        }
        if (request.hosts() != null) {
            checkHosts(teamId, request.hosts());
        }
    }

    private void checkHosts(long teamId, List<HostInput> hosts) {
        Set<Long> seen = new HashSet<>();
        List<Long> ids = hosts.stream().map(HostInput::userId).toList();
        List<Long> strangers = ids.isEmpty() ? List.of() : memberships.notAcceptedMembers(teamId, ids);
        for (int i = 0; i < hosts.size(); i++) {
            HostInput host = hosts.get(i);
            if (!seen.add(host.userId())) {
                throw ApiException.validation("hosts[" + i + "].userId", "user " + host.userId() + " is listed twice");
            }
            if (strangers.contains(host.userId())) {
                throw ApiException.validation("hosts[" + i + "].userId", "user " + host.userId()
                        + " is not an accepted member of team " + teamId + "; add them to the team first");
            }
            if (host.scheduleId() != null && !eventTypes.scheduleBelongsTo(host.scheduleId(), host.userId())) {
                throw ApiException.validation("hosts[" + i + "].scheduleId", "no schedule " + host.scheduleId() + " of user "
                        + host.userId() + " exists");
            }
        }
    }

    private static void applyHosting(EventTypeInput in, EventType target) {
        if (in.schedulingType() != null) {
            target.schedulingType = in.schedulingType();
        }
        if (in.assignAllTeamMembers() != null) {
            target.assignAllTeamMembers = in.assignAllTeamMembers();
        }
        if (ROUND_ROBIN.equals(target.schedulingType) && target.isSeated()) {
            throw ApiException.validation("seats", "a round-robin event type cannot be seated: one host takes each booking");
        }
        if (ROUND_ROBIN.equals(target.schedulingType) && target.recurrence != null) {
            throw ApiException.validation("recurrence", "a round-robin event type cannot be recurring yet");
        }
    }

    private void replaceHosts(EventType eventType, List<HostInput> hosts, Instant now) {
        if (hosts != null) {
            eventTypes.deleteHostsOf(eventType.id);
            for (HostInput h : hosts) {
                eventTypes.getEntityManager().persist(new EventTypeHost(eventType.id, h.userId(), Boolean.TRUE.equals(h.mandatory()),
                        h.priority() == null ? TeamHosts.DEFAULT_PRIORITY : h.priority(),
                        h.weight() == null ? TeamHosts.DEFAULT_WEIGHT : h.weight(), h.groupId(), h.scheduleId(), now));
            }
        } else if (eventType.assignAllTeamMembers) {
            return;
        }
        if (!eventType.assignAllTeamMembers && (hosts != null ? hosts.isEmpty() : eventTypes.hostsOf(eventType.id).isEmpty())) {
            throw ApiException.validation("hosts", "a team event type needs at least one host, or assignAllTeamMembers: true");
        }
    }
}
