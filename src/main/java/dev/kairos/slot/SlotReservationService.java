package dev.kairos.slot;

import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import dev.kairos.slot.api.ReservationRequest;
import dev.kairos.slot.engine.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Holding a slot for a booker for a few minutes. Reservations live in PostgreSQL, so every
 * instance sees them; a host's reservations are serialised by an advisory lock so that two
 * bookers cannot both reserve the same free time.
 */
@ApplicationScoped
@Transactional
public class SlotReservationService {

    static final int DEFAULT_MINUTES = 5;

    private final SlotReservationRepository reservations;
    private final SlotService slots;
    private final HostLocks hostLocks;
    private final Clock clock;

    SlotReservationService(SlotReservationRepository reservations, SlotService slots, HostLocks hostLocks, Clock clock) {
        this.reservations = reservations;
        this.slots = slots;
        this.hostLocks = hostLocks;
        this.clock = clock;
    }

    /**
     * Reserves a bookable start.
     *
     * @throws ApiException 409 when the start is taken or reserved, 422 when the event type's rules refuse it
     */
    public SlotReservation reserve(Caller caller, ReservationRequest request) {
        EventTypeRules eventType = slots.eventType(request.eventTypeId(), null, null, null, null);
        Instant now = clock.instant();
        reservations.deleteExpired(now);
        Duration held = holdFor(caller, eventType, request.reservationDuration());
        Instant start = request.slotStart().toInstant();
        int length = checkedLength(eventType, request.slotDuration());
        requireBookable(eventType, start, request.slotDuration(), null);
        SlotReservation reservation = new SlotReservation(eventType.id(), start, start.plus(Duration.ofMinutes(length)),
                now.plus(held), caller.apiKeyId(), caller.userId(), now);
        reservations.persist(reservation);
        return reservation;
    }

    /** The reservation while it holds. */
    public SlotReservation get(String uid) {
        return reservations.findActive(uid, clock.instant())
                .orElseThrow(() -> ApiException.notFound("No reservation " + uid + " (or it has expired)"));
    }

    /** Moves a reservation to another start (and renews it), as its holder. */
    public SlotReservation move(Caller caller, String uid, ReservationRequest request) {
        SlotReservation reservation = get(uid);
        EventTypeRules eventType = slots.eventType(request.eventTypeId(), null, null, null, null);
        Instant now = clock.instant();
        Duration held = holdFor(caller, eventType, request.reservationDuration());
        Instant start = request.slotStart().toInstant();
        int length = checkedLength(eventType, request.slotDuration());
        requireBookable(eventType, start, request.slotDuration(), uid);
        reservation.eventTypeId = eventType.id();
        reservation.slotStart = start;
        reservation.slotEnd = start.plus(Duration.ofMinutes(length));
        reservation.reservedUntil = now.plus(held);
        reservation.updatedAt = now;
        return reservation;
    }

    /** Releases a reservation; the slot is free at once. */
    public void release(String uid) {
        reservations.delete(get(uid));
    }

    private void requireBookable(EventTypeRules eventType, Instant start, Integer duration, String ownReservationUid) {
        hostLocks.lock(eventType.hostIds());
        Verdict verdict = slots.check(eventType, start, duration, null, ownReservationUid, ZoneId.of("UTC"));
        if (!verdict.ok()) {
            ErrorCode code = verdict.reason().httpStatus() == 409 ? ErrorCode.CONFLICT : ErrorCode.VALIDATION_ERROR;
            throw new ApiException(code, "This slot cannot be reserved: " + verdict.message(),
                    List.of(new ErrorDetail("slotStart", verdict.reason().name())), Map.of());
        }
    }

    private static int checkedLength(EventTypeRules eventType, Integer duration) {
        if (duration == null) {
            return eventType.lengthInMinutes();
        }
        if (!eventType.allowsLength(duration)) {
            throw ApiException.validation("slotDuration", "must be one of the event type's lengths: "
                    + SlotService.allowedLengths(eventType));
        }
        return duration;
    }

    /** Five minutes, unless the event type's owner asks for up to sixty. */
    private static Duration holdFor(Caller caller, EventTypeRules eventType, Integer minutes) {
        if (minutes == null) {
            return Duration.ofMinutes(DEFAULT_MINUTES);
        }
        if (!caller.authenticated() || !eventType.hostIds().contains(caller.userId())) {
            throw ApiException.forbidden("Only the event type's owner or hosts, with an API key, may choose reservationDuration");
        }
        return Duration.ofMinutes(minutes);
    }
}
