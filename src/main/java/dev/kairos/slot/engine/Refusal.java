package dev.kairos.slot.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Explains why a start the listing does not contain is refused, most specific rule first. */
final class Refusal {

    private final Computation c;
    private final List<Slot> listed;
    private final long start;

    Refusal(Computation c, List<Slot> listed, long start) {
        this.c = c;
        this.listed = listed;
        this.start = start;
    }

    Verdict verdict() {
        Instant at = Instant.ofEpochMilli(start);
        if (!c.window.allowsFixed(start) || c.window.rollingExcludes(start, c.beforeWindow)) {
            return Verdict.refuse(Verdict.Reason.BOOKING_WINDOW, at + " is outside the event type's booking window");
        }
        if (c.freeHosts(start, h -> h.hours) == null) {
            return Verdict.refuse(Verdict.Reason.OUTSIDE_HOURS, at + " is outside the host's available hours");
        }
        if (c.freeHosts(start, h -> Intervals.subtract(h.hours, h.limits)) == null) {
            return Verdict.refuse(Verdict.Reason.LIMIT_REACHED, "the event type's booking limit is reached for " + at);
        }
        if (fullSeatedBookingAt()) {
            return Verdict.refuse(Verdict.Reason.FULL, "every seat of the slot at " + at + " is taken");
        }
        if (c.freeHosts(start, h -> h.freeForSeats) == null) {
            return Verdict.refuse(Verdict.Reason.BUSY, at + " overlaps another booking, reservation or busy time");
        }
        if (c.rules.onlyShowFirstAvailableSlot() && earlierSlotSameDay()) {
            return Verdict.refuse(Verdict.Reason.NOT_FIRST_AVAILABLE,
                    "only the first available slot of the day can be booked");
        }
        return Verdict.refuse(Verdict.Reason.NOT_ON_SLOT_INTERVAL,
                at + " is not on the event type's slot interval; book a start listed by GET /v2/slots");
    }

    private boolean fullSeatedBookingAt() {
        for (HostState h : c.hosts) {
            for (BusyInterval b : h.full) {
                if (b.start().toEpochMilli() == start) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean earlierSlotSameDay() {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(start), c.query.viewerZone());
        return listed.stream().anyMatch(s -> LocalDate.ofInstant(s.start(), c.query.viewerZone()).equals(day));
    }
}
