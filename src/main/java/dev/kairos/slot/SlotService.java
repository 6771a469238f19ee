package dev.kairos.slot;

import dev.kairos.eventtype.EventTypeCatalog;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.platform.error.ApiException;
import dev.kairos.slot.engine.Slot;
import dev.kairos.slot.engine.SlotEngine;
import dev.kairos.slot.engine.SlotQuery;
import dev.kairos.slot.engine.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.Session;

/**
 * Which starts can be booked: the listing of {@code GET /v2/slots} and the check that reservations
 * and bookings make, both answered by the same engine over the same data.
 */
@ApplicationScoped
public class SlotService {

    private final EventTypeCatalog eventTypes;
    private final AvailabilityLoader loader;
    private final Clock clock;
    private final EntityManager entityManager;
    private final SlotEngine engine = new SlotEngine();

    SlotService(EventTypeCatalog eventTypes, AvailabilityLoader loader, Clock clock, EntityManager entityManager) {
        this.eventTypes = eventTypes;
        this.loader = loader;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** A slot search, already validated; the event type by id, or by its owner's username (or team's slug) and slug. */
    public record Search(Long eventTypeId, String organizationSlug, String username, String teamSlug, String eventTypeSlug,
            Instant start, Instant end,
            ZoneId viewer, Integer duration, String bookingUidToReschedule) {
    }

    /**
     * The event type a search or booking names: by id, by its owner's username and slug, or by its
     * team's slug and slug; {@code organizationSlug} (optional) names the organisation of that user or team.
     */
    public EventTypeRules eventType(Long id, String organizationSlug, String username, String teamSlug, String slug) {
        if (id != null) {
            return eventTypes.rulesFor(id);
        }
        if (slug != null && teamSlug != null) {
            return eventTypes.rulesForTeam(organizationSlug, teamSlug, slug);
        }
        if (slug != null && username != null) {
            return eventTypes.rulesFor(organizationSlug, username, slug);
        }
        throw ApiException.invalidRequest("Name the event type: eventTypeId, or eventTypeSlug with username or teamSlug");
    }

    /** Bookable slots in the search's range, sorted by start. Reads only: nothing is flushed. */
    @Transactional
    public List<Slot> find(Search search) {
        entityManager.unwrap(Session.class).setDefaultReadOnly(true);
        EventTypeRules eventType = eventType(search.eventTypeId(), search.organizationSlug(), search.username(), search.teamSlug(),
                search.eventTypeSlug());
        if (search.duration() != null && !eventType.allowsLength(search.duration())) {
            throw ApiException.invalidRequest("duration " + search.duration() + " is not a length of event type "
                    + eventType.id() + "; allowed: " + allowedLengths(eventType));
        }
        SlotQuery query = loader.load(eventType, clock.instant(), search.start(), search.end(), search.viewer(),
                search.duration(), new AvailabilityLoader.Exclusions(search.bookingUidToReschedule(), null));
        return engine.slots(query);
    }

    /**
     * Whether {@code start} can be booked now, with the caller's own reservation and the booking
     * being rescheduled not counting against it. Must run inside the caller's transaction.
     *
     * @param viewer the booker's zone: whose days {@code onlyShowFirstAvailableSlot} counts in, as the listing does
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Verdict check(EventTypeRules eventType, Instant start, Integer duration, String bookingUidToReschedule,
            String ownReservationUid, ZoneId viewer) {
        Instant now = clock.instant();
        SlotQuery query = loader.loadForCheck(eventType, now, start, viewer, duration,
                new AvailabilityLoader.Exclusions(bookingUidToReschedule, ownReservationUid));
        return engine.check(query, start, duration);
    }

    /**
     * {@link #check}, after locking the time of the event type's hosts until the transaction ends
     * (as {@link HostLocks#lock} does), in the round trip that reads their busy time: the verdict
     * stays true for the rest of the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Verdict lockAndCheck(EventTypeRules eventType, Instant start, Integer duration, String bookingUidToReschedule,
            String ownReservationUid, ZoneId viewer) {
        Instant now = clock.instant();
        SlotQuery query = loader.lockAndLoadForCheck(eventType, now, start, viewer, duration,
                new AvailabilityLoader.Exclusions(bookingUidToReschedule, ownReservationUid));
        return engine.check(query, start, duration);
    }

    static String allowedLengths(EventTypeRules eventType) {
        return eventType.lengthInMinutesOptions().isEmpty() ? Integer.toString(eventType.lengthInMinutes())
                : eventType.lengthInMinutesOptions().toString();
    }
}
