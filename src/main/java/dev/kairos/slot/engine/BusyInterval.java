package dev.kairos.slot.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * Time a host cannot take a new booking: a booking (with its own event type's buffers), a
 * reservation, external calendar busy time or time off.
 *
 * @param seatedBookingUid set when this is a seated booking of the event type being queried that
 *                         starts at {@code start}: while {@code attendeeCount} is below the seats per
 *                         slot the booking stays joinable (listed with its seat counts); once full it
 *                         blocks like any other booking
 */
public record BusyInterval(Instant start, Instant end, int beforeBufferMinutes,
                           int afterBufferMinutes, String seatedBookingUid, int attendeeCount) {
    public BusyInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("busy interval ends before it starts: " + start + " " + end);
        }
    }

    /** Plain busy time without buffers (calendar busy, reservation, time off). */
    public static BusyInterval of(Instant start, Instant end) {
        return new BusyInterval(start, end, 0, 0, null, 0);
    }

    /** A booking whose event type has the given buffers. */
    public static BusyInterval booking(Instant start, Instant end, int beforeBuffer, int afterBuffer) {
        return new BusyInterval(start, end, beforeBuffer, afterBuffer, null, 0);
    }

    /** A seated booking of the queried event type with {@code attendees} seats taken. */
    public static BusyInterval seated(Instant start, Instant end, int beforeBuffer, int afterBuffer,
                                      String bookingUid, int attendees) {
        return new BusyInterval(start, end, beforeBuffer, afterBuffer, bookingUid, attendees);
    }
}
