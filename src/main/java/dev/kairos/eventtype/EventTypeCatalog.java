package dev.kairos.eventtype;

import dev.kairos.platform.error.ApiException;
import dev.kairos.team.Team;
import dev.kairos.team.TeamRepository;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;

/**
 * The read side other capabilities use (slot engine, bookings, reservations): an event type's
 * rules by id, or by its booking page {@code /{username}/{slug}}. Hidden event types are found
 * too: hidden means unlisted, not private.
 */
@ApplicationScoped
@Transactional
public class EventTypeCatalog {

    private final EventTypeRepository eventTypes;
    private final UserRepository users;
    private final TeamRepository teams;
    private final TeamHosts teamHosts;

    EventTypeCatalog(EventTypeRepository eventTypes, UserRepository users, TeamRepository teams, TeamHosts teamHosts) {
        this.eventTypes = eventTypes;
        this.users = users;
        this.teams = teams;
        this.teamHosts = teamHosts;
    }

    /** The rules of an event type, if it exists. */
    public Optional<EventTypeRules> findRules(long eventTypeId) {
        // Read-only: the rules are copied out, so the session keeps no snapshot of the JSON columns to compare at flush.
        return Optional.ofNullable(eventTypes.getEntityManager().find(EventType.class, eventTypeId,
                Map.of(HibernateHints.HINT_READ_ONLY, true))).map(this::rules);
    }

    /**
     * The rules of an event type.
     *
     * @throws ApiException 404 when there is no such event type
     */
    public EventTypeRules rulesFor(long eventTypeId) {
        return findRules(eventTypeId).orElseThrow(() -> ApiException.notFound("No event type " + eventTypeId));
    }

    /**
     * The rules of a user's personal event type by slug (case-insensitive), as Cal.com finds them:
     * with {@code organizationSlug}, only a user of that organisation.
     *
     * @throws ApiException 404 when the user (in that organisation) or the slug is unknown
     */
    public EventTypeRules rulesFor(String organizationSlug, String username, String slug) {
        Optional<Long> orgId = organizationSlug == null ? Optional.empty() : Optional.of(organizationId(organizationSlug));
        return users.findByUsername(username)
                .filter(user -> orgId.isEmpty() || orgId.get().equals(user.organizationId))
                .flatMap(user -> eventTypes.findByOwnerSlug(user.id, slug))
                .map(this::rules)
                .orElseThrow(() -> ApiException.notFound("No event type " + slug + " of user " + username));
    }

    /**
     * The rules of a team's event type by its booking page {@code /team/{teamSlug}/{slug}}: a
     * top-level team's, or with {@code organizationSlug} (as in Cal.com) a team of that organisation.
     *
     * @throws ApiException 404 when the organisation, the team or the slug is unknown
     */
    public EventTypeRules rulesForTeam(String organizationSlug, String teamSlug, String slug) {
        Optional<Team> found = organizationSlug == null ? teams.findBySlug(teamSlug)
                : teams.findBySlugInOrganization(organizationId(organizationSlug), teamSlug);
        return found
                .flatMap(team -> eventTypes.findByTeamSlug(team.id, slug))
                .map(this::rules)
                .orElseThrow(() -> ApiException.notFound("No event type " + slug + " of team " + teamSlug));
    }

    private long organizationId(String organizationSlug) {
        return teams.findOrganizationBySlug(organizationSlug).map(org -> org.id)
                .orElseThrow(() -> ApiException.notFound("No organization " + organizationSlug));
    }

    /** The current hosts of an event type: its owner, or a team event type's hosts (see {@link TeamHosts}). */
    public List<EventTypeRules.Host> hostsOf(EventType eventType) {
        return eventType.teamId == null ? EventTypeRules.ownerAsHost(eventType) : teamHosts.of(eventType);
    }

    private EventTypeRules rules(EventType eventType) {
        return EventTypeRules.of(eventType, hostsOf(eventType));
    }
}
