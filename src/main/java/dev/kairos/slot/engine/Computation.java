package dev.kairos.slot.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/** One run of the engine: derived host data, the listing, and what the booking check asks of it. */
final class Computation {

    private static final long MARGIN_MS = 2 * 86_400_000L;

    final SlotQuery query;
    final EventRules rules;
    final int length;
    final long lengthMs;
    /** Starts considered: from the viewer's day of the range start (or today for rolling windows). */
    final long from;
    final long to;
    final List<HostState> hosts = new ArrayList<>();
    final BookingWindowRule window;
    private final List<Long> allHostIds;
    /** Round robin: index of each host's group, -1 for mandatory hosts. */
    private final int[] groupIndex;
    private final int groupCount;
    /** The listing before the booking window and first-slot rules (for explaining refusals). */
    List<Slot> beforeWindow = List.of();

    Computation(SlotQuery query, int length) {
        this.query = query;
        this.rules = query.rules();
        this.length = length;
        this.lengthMs = length * 60_000L;
        ZoneId firstZone = query.hosts().isEmpty() ? ZoneId.of("UTC") : query.hosts().get(0).zone();
        this.window = new BookingWindowRule(rules.bookingWindow(), query.now(), query.viewerZone(), firstZone);
        Instant dayStart = startOfViewerDay(query.rangeStart());
        if (window.rolling() && startOfViewerDay(query.now()).isBefore(dayStart)) {
            dayStart = startOfViewerDay(query.now());
        }
        this.from = Math.max(dayStart.toEpochMilli(), query.now().toEpochMilli());
        this.to = query.rangeEnd().toEpochMilli();
        for (HostInput h : query.hosts()) {
            // Whole windows around the range, so a window (and its grid) is the same whatever range is asked.
            hosts.add(new HostState(h, rules, length, from - MARGIN_MS, Math.max(from, to) + MARGIN_MS));
        }
        this.allHostIds = query.hosts().stream().map(HostInput::id).toList();
        Map<String, Integer> groupIds = new HashMap<>();
        this.groupIndex = new int[hosts.size()];
        for (int i = 0; i < hosts.size(); i++) {
            HostInput h = hosts.get(i).input;
            String group = h.groupId() == null ? "" : h.groupId();
            groupIndex[i] = h.mandatory() ? -1 : groupIds.computeIfAbsent(group, g -> groupIds.size());
        }
        this.groupCount = groupIds.size();
    }

    private Instant startOfViewerDay(Instant t) {
        return LocalDate.ofInstant(t, query.viewerZone()).atStartOfDay(query.viewerZone()).toInstant();
    }

    /** All slots of [from, to] after the booking window and onlyShowFirstAvailableSlot, sorted. */
    List<Slot> listAll() {
        if (hosts.isEmpty() || to < from) {
            return List.of();
        }
        List<List<Span>> free = new ArrayList<>();
        List<Boolean> mandatory = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (HostState h : hosts) {
            free.add(h.free);
            mandatory.add(h.input.mandatory());
            groups.add(h.input.groupId());
        }
        List<Span> candidates = TeamAvailability.combine(rules.schedulingType(), free, mandatory, groups);
        long[] starts = SlotGrid.starts(candidates, lengthMs, rules.frequency(length), rules.offsetStart());
        List<Slot> slots = new ArrayList<>(starts.length);
        Integer seats = rules.seatsPerTimeSlot();
        SeatInfo emptySeats = seats == null ? null : SeatInfo.empty(seats);
        int[] cursor = new int[hosts.size()];
        for (long s : starts) {
            if (!startAllowed(s)) {
                continue;
            }
            List<Long> ids = freeHostsSweep(s, cursor);
            if (ids != null) {
                slots.add(slot(s, ids, emptySeats));
            }
        }
        slots = addJoinableSeats(slots);
        beforeWindow = slots;
        List<Slot> sorted = window.filter(slots);
        return rules.onlyShowFirstAvailableSlot() ? firstPerDay(sorted) : sorted;
    }

    /** Adds seated bookings that still have room (they block other starts, not their own). */
    private List<Slot> addJoinableSeats(List<Slot> generated) {
        if (hosts.stream().allMatch(h -> h.joinable.isEmpty())) {
            return generated;
        }
        TreeMap<Long, Slot> slots = new TreeMap<>();
        generated.forEach(s -> slots.put(s.start().toEpochMilli(), s));
        for (HostState h : hosts) {
            for (BusyInterval b : h.joinable) {
                long s = b.start().toEpochMilli();
                if (!startAllowed(s)) {
                    continue;
                }
                List<Long> ids = freeHosts(s, x -> x.freeForSeats);
                if (ids != null) {
                    SeatInfo seats = SeatInfo.taken(rules.seatsPerTimeSlot(), b.attendeeCount(), b.seatedBookingUid());
                    slots.put(s, slot(s, ids, seats));
                }
            }
        }
        return new ArrayList<>(slots.values());
    }

    boolean startAllowed(long s) {
        long now = query.now().toEpochMilli();
        return s >= from && s <= to && s > now && s >= now + rules.minimumNotice() * 60_000L;
    }

    private Slot slot(long s, List<Long> ids, SeatInfo seats) {
        return new Slot(Instant.ofEpochMilli(s), Instant.ofEpochMilli(s + lengthMs), ids, seats);
    }

    /**
     * Hosts free for [s, s + length) by the given lists, or null when the team rule is not met:
     * everyone for personal and collective; for round robin every mandatory host and at least one
     * host of every group.
     */
    List<Long> freeHosts(long s, Function<HostState, List<Span>> lists) {
        if (rules.schedulingType() != SchedulingType.ROUND_ROBIN) {
            for (HostState h : hosts) {
                if (!Intervals.fits(lists.apply(h), s, lengthMs)) {
                    return null;
                }
            }
            return allHostIds;
        }
        List<Long> ids = new ArrayList<>(hosts.size());
        Map<String, Boolean> groupsMet = new HashMap<>(4);
        for (HostState h : hosts) {
            boolean fits = Intervals.fits(lists.apply(h), s, lengthMs);
            if (h.input.mandatory()) {
                if (!fits) {
                    return null;
                }
            } else {
                groupsMet.merge(h.input.groupId() == null ? "" : h.input.groupId(), fits, Boolean::logicalOr);
            }
            if (fits) {
                ids.add(h.id());
            }
        }
        return groupsMet.containsValue(Boolean.FALSE) ? null : ids;
    }

    /** {@link #freeHosts} over {@code free} for ascending starts, advancing one cursor per host. */
    private List<Long> freeHostsSweep(long s, int[] cursor) {
        boolean roundRobin = rules.schedulingType() == SchedulingType.ROUND_ROBIN;
        List<Long> ids = roundRobin ? new ArrayList<>(hosts.size()) : null;
        boolean[] groupMet = roundRobin ? new boolean[groupCount] : null;
        for (int i = 0; i < hosts.size(); i++) {
            List<Span> free = hosts.get(i).free;
            int c = cursor[i];
            while (c + 1 < free.size() && free.get(c + 1).start() <= s) {
                c++;
            }
            cursor[i] = c;
            boolean fits = c < free.size() && free.get(c).start() <= s && s + lengthMs - 1000 <= free.get(c).end();
            if (!roundRobin || groupIndex[i] < 0) {
                if (!fits) {
                    return null;
                }
            } else if (fits) {
                groupMet[groupIndex[i]] = true;
            }
            if (fits && roundRobin) {
                ids.add(hosts.get(i).id());
            }
        }
        if (!roundRobin) {
            return allHostIds;
        }
        for (boolean met : groupMet) {
            if (!met) {
                return null;
            }
        }
        return ids;
    }

    private List<Slot> firstPerDay(List<Slot> sorted) {
        List<Slot> out = new ArrayList<>();
        LocalDate previous = null;
        for (Slot s : sorted) {
            LocalDate date = LocalDate.ofInstant(s.start(), query.viewerZone());
            if (!date.equals(previous)) {
                out.add(s);
                previous = date;
            }
        }
        return out;
    }
}
