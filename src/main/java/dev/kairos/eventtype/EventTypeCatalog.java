package dev.kairos.eventtype;

import dev.kairos.platform.error.ApiException;
import dev.kairos.team.TeamRepository;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
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
        return eventTypes.find("id", eventTypeId).withHint(HibernateHints.HINT_READ_ONLY, true).firstResultOptional()
                .map(this::rules);
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
     * The rules of a user's personal event type by slug (case-insensitive).
     *
     * @throws ApiException 404 when the user or the slug is unknown
     */
    public EventTypeRules rulesFor(String username, String slug) {
        return users.findByUsername(username)
                .flatMap(user -> eventTypes.findByOwnerSlug(user.id, slug))
                .map(this::rules)
                .orElseThrow(() -> ApiException.notFound("No event type " + slug + " of user " + username));
    }

    /**
     * The rules of a team's event type by its booking page {@code /team/{teamSlug}/{slug}}.
     *
     * @throws ApiException 404 when the team or the slug is unknown
     */
    public EventTypeRules rulesForTeam(String teamSlug, String slug) {
        return teams.findBySlug(teamSlug)
                .flatMap(team -> eventTypes.findByTeamSlug(team.id, slug))
                .map(this::rules)
                .orElseThrow(() -> ApiException.notFound("No event type " + slug + " of team " + teamSlug));
    }

    /** The current hosts of an event type: its owner, or a team event type's hosts (see {@link TeamHosts}). */
    public List<EventTypeRules.Host> hostsOf(EventType eventType) {
        return eventType.teamId == null ? EventTypeRules.ownerAsHost(eventType) : teamHosts.of(eventType);
    }

    private EventTypeRules rules(EventType eventType) {
        return EventTypeRules.of(eventType, hostsOf(eventType));
    }
}
