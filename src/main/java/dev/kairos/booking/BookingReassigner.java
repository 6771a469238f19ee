package dev.kairos.booking;

import dev.kairos.booking.BookingAccess.Target;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.slot.SlotService;
import dev.kairos.slot.engine.Verdict;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRole;
import dev.kairos.user.User;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code POST /v2/bookings/{uid}/reassign[/{userId}]}: hands a round-robin booking to another of
 * its event type's hosts, the next in turn or a named one, who must be free for the whole booking.
 * The assigned host and the team's admins and owners may do it.
 */
@ApplicationScoped
@Transactional
public class BookingReassigner {

    private final BookingAccess access;
    private final SlotService slots;
    private final HostAssigner assigner;
    private final BookingHostRepository hostRows;
    private final TeamAccess teams;
    private final UserRepository users;
    private final Clock clock;

    BookingReassigner(BookingAccess access, SlotService slots, HostAssigner assigner, BookingHostRepository hostRows, TeamAccess teams,
            UserRepository users, Clock clock) {
        this.access = access;
        this.slots = slots;
        this.assigner = assigner;
        this.hostRows = hostRows;
        this.teams = teams;
        this.users = users;
        this.clock = clock;
    }

    /** A booking and the host it now has. */
    public record Reassigned(Booking booking, User host) {
    }

    /**
     * Reassigns to {@code toUserId}, or with null to the next host in turn (which takes that turn).
     *
     * @throws ApiException 404 for a booking the caller may not see, 403 for a caller who is neither
     *                      its host nor a team admin, 409 for a booking that is not round robin, not
     *                      live or already started, or when the host is busy; 422 for a user who is
     *                      not a host of the event type
     */
    public Reassigned reassign(String uid, Long toUserId, Caller caller) {
        Target target = access.lock(uid, caller);
        Booking booking = target.booking();
        EventTypeRules eventType = target.eventType().filter(EventTypeRules::isRoundRobin).orElseThrow(() -> ApiException.conflict(
                "Booking " + uid + " is not a round-robin booking, so it has no other host to go to"));
        if (!target.hostIds().contains(caller.userId()) && !caller.platformAdmin()) {
            teams.require(caller, eventType.teamId(), TeamRole.ADMIN);
        }
        Instant now = clock.instant();
        if (!booking.isLive() || !booking.startTime.isAfter(now)) {
            throw ApiException.conflict("Booking " + uid + " is " + (booking.isLive() ? "already under way or over" : booking.status)
                    + " and cannot be reassigned");
        }
        String group = HostAssigner.groupOf(eventType, booking.userId);
        if (toUserId != null && eventType.hosts().stream().noneMatch(h -> !h.mandatory() && h.userId() == toUserId
                && group.equals(h.groupId() == null ? "" : h.groupId()))) {
            throw ApiException.validation("userId", "user " + toUserId + " is not a round-robin host of event type " + eventType.id()
                    + (group.isEmpty() ? "" : " in group '" + group + "'"));
        }
        if (toUserId != null && toUserId.equals(booking.userId)) {
            throw ApiException.conflict("Booking " + uid + " is already assigned to user " + toUserId);
        }
        Verdict verdict = slots.lockAndCheck(eventType, booking.startTime, booking.durationMinutes(), booking.uid, null, ZoneOffset.UTC);
        Set<Long> free = new HashSet<>(verdict.ok() ? verdict.hostIds() : java.util.List.of());
        free.remove(booking.userId);
        long chosen;
        if (toUserId != null) {
            if (!free.contains(toUserId)) {
                throw ApiException.conflict("User " + toUserId + " is not free for booking " + uid + " (" + booking.startTime + ")");
            }
            chosen = toUserId;
        } else {
            chosen = assigner.nextInGroupOf(eventType, booking.userId, free, now).orElseThrow(() -> ApiException.conflict(
                    "No other host of event type " + eventType.id() + " is free for booking " + uid));
        }
        hostRows.replaceHost(booking.id, booking.userId, chosen);
        booking.userId = chosen;
        booking.updatedAt = now;
        return new Reassigned(booking, users.findById(chosen));
    }
}
