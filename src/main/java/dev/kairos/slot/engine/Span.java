package dev.kairos.slot.engine;

import java.time.ZoneId;

/** Internal half-open interval in epoch milliseconds, with the zone that aligns its first slot. */
record Span(long start, long end, ZoneId zone) {

    boolean isEmpty() {
        return end <= start;
    }
}
