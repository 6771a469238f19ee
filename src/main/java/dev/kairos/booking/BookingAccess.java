package dev.kairos.booking;

import dev.kairos.eventtype.EventTypeCatalog;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Finds the booking an action names, locks it for the rest of the transaction and says whether
 * the caller acts as its host (hosts, the event type's owner, its team's admins and owners, platform
 * admins) or as the holder of its uid (the attendee).
 */
@ApplicationScoped
class BookingAccess {

    private final BookingRepository bookings;
    private final BookingHostRepository hostRows;
    private final EventTypeCatalog eventTypes;
    private final BookingViews views;

    BookingAccess(BookingRepository bookings, BookingHostRepository hostRows, EventTypeCatalog eventTypes, BookingViews views) {
        this.bookings = bookings;
        this.hostRows = hostRows;
        this.eventTypes = eventTypes;
        this.views = views;
    }

    /** A booking being acted on; {@code eventType} is empty once its event type was deleted. */
    record Target(Booking booking, Optional<EventTypeRules> eventType, List<Long> hostIds, boolean byHost) {
    }

    Target lock(String uid, Caller caller) {
        return targetOf(bookings.lockByUid(uid).orElseThrow(() -> ApiException.notFound("No booking " + uid)), caller);
    }

    /** As {@link #lockAsHost} without the lock, for reads only hosts may make. */
    Target findAsHost(String uid, Caller caller, String action) {
        Target target = targetOf(bookings.findByUid(uid).orElseThrow(() -> ApiException.notFound("No booking " + uid)), caller);
        if (!target.byHost()) {
            throw ApiException.forbidden("Only a host of booking " + uid + " may " + action + " it");
        }
        return target;
    }

    private Target targetOf(Booking booking, Caller caller) {
        Optional<EventTypeRules> eventType = booking.eventTypeId == null ? Optional.empty() : eventTypes.findRules(booking.eventTypeId);
        List<Long> hostIds = hostRows.hostIds(List.of(booking.id)).getOrDefault(booking.id, List.of());
        boolean byHost = views.viewerOf(caller, null).seesInFull(hostIds, eventType.map(EventTypeRules::ownerUserId).orElse(booking.userId),
                eventType.map(EventTypeRules::teamId).orElse(null));
        return new Target(booking, eventType, hostIds, byHost);
    }

    /** As {@link #lock}, refusing (403) anyone but a host: the uid lets attendees read a booking, not run it. */
    Target lockAsHost(String uid, Caller caller, String action) {
        Target target = lock(uid, caller);
        if (!target.byHost()) {
            throw ApiException.forbidden("Only a host of booking " + uid + " may " + action + " it");
        }
        return target;
    }
}
