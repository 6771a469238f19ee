package dev.kairos.slot.engine;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One availability question: which starts in [{@code rangeStart}, {@code rangeEnd}] can a viewer in
 * {@code viewerZone} book at {@code now}?
 *
 * @param duration the requested length for variable-duration event types (null = default length)
 */
public record SlotQuery(Instant now, Instant rangeStart, Instant rangeEnd, ZoneId viewerZone,
                        EventRules rules, List<HostInput> hosts, Integer duration) {
    public SlotQuery {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(rangeStart, "rangeStart");
        Objects.requireNonNull(rangeEnd, "rangeEnd");
        Objects.requireNonNull(viewerZone, "viewerZone");
        Objects.requireNonNull(rules, "rules");
        hosts = List.copyOf(hosts);
    }

    /** The same question about other hosts (or the same hosts with other busy time). */
    public SlotQuery withHosts(List<HostInput> others) {
        return new SlotQuery(now, rangeStart, rangeEnd, viewerZone, rules, others, duration);
    }

    /** The same question for another range (and the same everything else). */
    public SlotQuery withRange(Instant start, Instant end) {
        return new SlotQuery(now, start, end, viewerZone, rules, hosts, duration);
    }
}
