package dev.kairos.slot.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the hosts' free windows into the windows slots are cut from. Collective (and personal):
 * intersection of everyone. Round robin: mandatory hosts intersected first, then intersected with
 * each group's union of host windows; the union is deliberately not merged, so a slot always fits
 * one host's window (two hosts free back to back do not make one longer slot).
 */
public final class TeamAvailability {

    /** One host's free windows with its team role. */
    public record HostWindows(long hostId, boolean mandatory, String groupId, List<Window> windows) {
    }

    private TeamAvailability() {
    }

    /** Public form of {@link #combine} over {@link Window}s. */
    public static List<Window> aggregate(SchedulingType type, List<HostWindows> hosts) {
        List<List<Span>> free = new ArrayList<>();
        List<Boolean> mandatory = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (HostWindows h : hosts) {
            free.add(Intervals.mergeOverlapping(h.windows().stream().map(Window::toSpan).toList()));
            mandatory.add(h.mandatory());
            groups.add(h.groupId());
        }
        return combine(type, free, mandatory, groups).stream().map(Window::of).toList();
    }

    static List<Span> combine(SchedulingType type, List<List<Span>> free, List<Boolean> mandatory,
                              List<String> groups) {
        if (free.isEmpty()) {
            return List.of();
        }
        if (type != SchedulingType.ROUND_ROBIN) {
            List<Span> acc = free.get(0);
            for (int i = 1; i < free.size(); i++) {
                acc = Intervals.intersect(acc, free.get(i));
            }
            return acc;
        }
        List<Span> fixed = null;
        Map<String, List<Span>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < free.size(); i++) {
            if (mandatory.get(i)) {
                fixed = fixed == null ? free.get(i) : Intervals.intersect(fixed, free.get(i));
            } else {
                byGroup.computeIfAbsent(groups.get(i) == null ? "" : groups.get(i), g -> new ArrayList<>())
                        .addAll(free.get(i));
            }
        }
        List<Span> acc = fixed;
        for (List<Span> union : byGroup.values()) {
            union.sort(Intervals.BY_START);
            List<Span> unique = dedupe(union);
            acc = acc == null ? unique : Intervals.intersect(acc, unique);
        }
        return acc == null ? List.of() : acc;
    }

    private static List<Span> dedupe(List<Span> sorted) {
        List<Span> out = new ArrayList<>(sorted.size());
        for (Span s : sorted) {
            if (out.isEmpty() || out.get(out.size() - 1).start() != s.start()
                    || out.get(out.size() - 1).end() != s.end()) {
                out.add(s);
            }
        }
        return out;
    }
}
