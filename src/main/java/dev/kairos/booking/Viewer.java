package dev.kairos.booking;

import dev.kairos.platform.auth.Caller;
import java.util.Collection;

/**
 * Who looks at a booking. Hosts, the event type's owner and platform admins see it in full;
 * anyone else holds only its uid (or a seat's uid) and sees what API.md section 2 allows.
 *
 * @param seatUid the seat the caller holds, for seated bookings
 */
record Viewer(Long userId, boolean platformAdmin, String seatUid) {

    static Viewer of(Caller caller, String seatUid) {
        return new Viewer(caller == null ? null : caller.userId(), caller != null && caller.platformAdmin(), seatUid);
    }

    boolean isHostOf(Collection<Long> hostIds, Long eventTypeOwnerId) {
        return userId != null && (hostIds.contains(userId) || userId.equals(eventTypeOwnerId));
    }

    boolean seesInFull(Collection<Long> hostIds, Long eventTypeOwnerId) {
        return platformAdmin || isHostOf(hostIds, eventTypeOwnerId);
    }
}
