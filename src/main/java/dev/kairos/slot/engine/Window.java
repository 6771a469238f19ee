package dev.kairos.slot.engine;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A stretch of available time. {@code zone} is the zone whose clock aligns the first slot start of
 * the window (the host's zone; for an intersection, the zone of the host whose start won).
 */
public record Window(Instant start, Instant end, ZoneId zone) {

    static Window of(Span span) {
        return new Window(Instant.ofEpochMilli(span.start()), Instant.ofEpochMilli(span.end()), span.zone());
    }

    Span toSpan() {
        return new Span(start.toEpochMilli(), end.toEpochMilli(), zone);
    }
}
