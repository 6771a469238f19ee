package dev.kairos.slot.engine;

import java.time.Instant;

/**
 * A booking that counts towards the event type's booking limits (same event type, not cancelled or
 * rejected, not the booking being rescheduled). Its period is the host-local date of its start.
 */
public record CountedBooking(Instant start, Instant end) {
}
