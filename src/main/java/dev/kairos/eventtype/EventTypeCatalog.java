package dev.kairos.eventtype;

import dev.kairos.platform.error.ApiException;
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

    EventTypeCatalog(EventTypeRepository eventTypes, UserRepository users) {
        this.eventTypes = eventTypes;
        this.users = users;
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

    private EventTypeRules rules(EventType eventType) {
        return EventTypeRules.of(eventType, eventType.teamId == null ? List.of() : eventTypes.hostsOf(eventType.id));
    }
}
