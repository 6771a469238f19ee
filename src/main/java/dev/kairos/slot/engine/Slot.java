package dev.kairos.slot.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

/**
 * A bookable start.
 *
 * @param hostIds the hosts free for the whole slot (for round robin: the candidates)
 * @param seats   null unless the event type is seated
 */
public record Slot(Instant start, Instant end, List<Long> hostIds, SeatInfo seats) {
    public Slot {
        hostIds = List.copyOf(hostIds);
    }

    /** Slots grouped by the viewer's local date of their start, dates ascending, order kept. */
    public static Map<LocalDate, List<Slot>> byLocalDate(List<Slot> slots, ZoneId viewerZone) {
        Map<LocalDate, List<Slot>> byDate = new TreeMap<>();
        for (Slot slot : slots) {
            LocalDate date = LocalDate.ofInstant(slot.start(), viewerZone);
            byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(slot);
        }
        return byDate;
    }
}
