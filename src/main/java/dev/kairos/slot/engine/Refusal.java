package dev.kairos.slot.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
        // API.md: when the event type's own rules and someone else's time both refuse, the rules win (422).
        if (!onHoursGrid()) {
            return Verdict.refuse(Verdict.Reason.NOT_ON_SLOT_INTERVAL,
                    at + " is not on the event type's slot interval; book a start listed by GET /v2/slots");
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

    /**
     * Whether the start is on the grid the hosts' hours alone give, on the listing, or aligned as a
     * grid restarted after busy time (Cal.com's grid-restarts-after-busy) would be; a start that is
     * none of these is off the interval whoever holds the time.
     */
    private boolean onHoursGrid() {
        List<List<Span>> hours = new ArrayList<>();
        List<Boolean> mandatory = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (HostState h : c.hosts) {
            hours.add(h.hours);
            mandatory.add(h.input.mandatory());
            groups.add(h.input.groupId());
        }
        List<Span> windows = TeamAvailability.combine(c.rules.schedulingType(), hours, mandatory, groups);
        long[] starts = SlotGrid.starts(windows, c.lengthMs, c.rules.frequency(c.length), c.rules.offsetStart());
        return Arrays.binarySearch(starts, start) >= 0 || listed.stream().anyMatch(s -> s.start().toEpochMilli() == start)
                || alignedLikeAGrid();
    }

    /**
     * Whether some grid could hold the start: grids restarted after busy time stay aligned to the
     * same minutes past the hour, so a start a booker took from such a grid is a conflict, not off the interval.
     */
    private boolean alignedLikeAGrid() {
        if (c.hosts.isEmpty()) {
            return false;
        }
        int alignment = SlotGrid.alignment(c.rules.frequency(c.length));
        long t = start - c.rules.offsetStart() * 60_000L;
        return SlotGrid.align(t, c.hosts.get(0).input.zone().getRules(), alignment) == t;
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
