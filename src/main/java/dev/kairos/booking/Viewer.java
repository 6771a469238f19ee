package dev.kairos.booking;

import dev.kairos.platform.auth.Caller;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who looks at a booking. Hosts, the event type's owner, admins and owners of the event type's
 * team and platform admins see it in full; anyone else holds only its uid (or a seat's uid) and
 * sees what API.md section 2 allows.
 *
 * @param seatUid    the seat the caller holds, for seated bookings
 * @param adminTeams the teams the caller is an accepted admin or owner of, read at most once and
 *                   only when a team booking asks (see {@link Viewers})
 */
record Viewer(Long userId, boolean platformAdmin, String seatUid, Supplier<Set<Long>> adminTeams) {

    static Viewer anonymous(Caller caller, String seatUid) {
        return new Viewer(caller == null ? null : caller.userId(), caller != null && caller.platformAdmin(), seatUid, Set::of);
    }

    boolean isHostOf(Collection<Long> hostIds, Long eventTypeOwnerId) {
        return userId != null && (hostIds.contains(userId) || userId.equals(eventTypeOwnerId));
    }

    /**
     * @param teamId the event type's team; null for personal event types
     */
    boolean seesInFull(Collection<Long> hostIds, Long eventTypeOwnerId, Long teamId) {
        return platformAdmin || isHostOf(hostIds, eventTypeOwnerId)
                || teamId != null && userId != null && adminTeams.get().contains(teamId);
    }
}
