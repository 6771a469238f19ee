package dev.kairos.slot.engine;

import java.util.List;

/**
 * The engine's answer to "may this start be booked?".
 *
 * @param hostIds free hosts when {@link #ok()}
 * @param seats   seat counts when the slot is seated and {@link #ok()}
 */
public record Verdict(Reason reason, String message, List<Long> hostIds, SeatInfo seats) {

    /** Why a start is (not) bookable; {@link #httpStatus()} maps it to the API's status. */
    public enum Reason {
        OK(200),
        INVALID_DURATION(422),
        IN_THE_PAST(422),
        MINIMUM_NOTICE(422),
        BOOKING_WINDOW(422),
        OUTSIDE_HOURS(422),
        NOT_ON_SLOT_INTERVAL(422),
        NOT_FIRST_AVAILABLE(422),
        LIMIT_REACHED(422),
        BUSY(409),
        FULL(409);

        private final int httpStatus;

        Reason(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    public Verdict {
        hostIds = List.copyOf(hostIds);
    }

    public boolean ok() {
        return reason == Reason.OK;
    }

    static Verdict ok(Slot slot) {
        return new Verdict(Reason.OK, "bookable", slot.hostIds(), slot.seats());
    }

    static Verdict refuse(Reason reason, String message) {
        return new Verdict(reason, message, List.of(), null);
    }
}
