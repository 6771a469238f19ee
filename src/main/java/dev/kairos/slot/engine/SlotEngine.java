package dev.kairos.slot.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;

/**
 * Lists bookable slots and checks a requested start against the same listing. Stateless and
 * thread-safe; all inputs are immutable records.
 */
public final class SlotEngine {

    private static final Duration DATA_MARGIN = Duration.ofDays(2);
    private static final long DAY_MS = 86_400_000L;

    /**
     * Bookable slots whose start lies in [{@code rangeStart}, {@code rangeEnd}], sorted by start,
     * one per start. Grid, notice, booking window, limits, seats and team rules are all applied.
     *
     * @throws IllegalArgumentException when the requested duration is not one of the event type's
     *                                  lengths
     */
    public List<Slot> slots(SlotQuery query) {
        int length = length(query);
        List<Slot> all = new Computation(query, length).listAll();
        long start = query.rangeStart().toEpochMilli();
        return all.stream().filter(s -> s.start().toEpochMilli() >= start).toList();
    }

    /**
     * Whether a booking of {@code duration} minutes (null = default length) may start at
     * {@code start}. It is OK exactly when {@link #slots} lists that start for the viewer's day;
     * otherwise the verdict names the rule that refuses it (the query's range is ignored).
     */
    public Verdict check(SlotQuery query, Instant start, Integer duration) {
        OptionalInt length = query.rules().effectiveLength(duration);
        if (length.isEmpty()) {
            return Verdict.refuse(Verdict.Reason.INVALID_DURATION,
                    "duration " + duration + " is not one of the event type's lengths");
        }
        Instant now = query.now();
        if (!start.isAfter(now)) {
            return Verdict.refuse(Verdict.Reason.IN_THE_PAST, "start " + start + " is not in the future");
        }
        if (start.isBefore(now.plus(Duration.ofMinutes(query.rules().minimumNotice())))) {
            return Verdict.refuse(Verdict.Reason.MINIMUM_NOTICE, "start " + start + " is within the minimum notice of "
                    + query.rules().minimumNotice() + " minutes");
        }
        ZoneId viewer = query.viewerZone();
        LocalDate day = LocalDate.ofInstant(start, viewer);
        Instant dayStart = day.atStartOfDay(viewer).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(viewer).toInstant().minusMillis(1);
        SlotQuery dayQuery = new SlotQuery(now, dayStart, dayEnd, viewer, query.rules(), query.hosts(), duration);
        Computation c = new Computation(dayQuery, length.getAsInt());
        List<Slot> listed = c.listAll();
        for (Slot s : listed) {
            if (s.start().equals(start)) {
                return Verdict.ok(s);
            }
        }
        return new Refusal(c, listed, start.toEpochMilli()).verdict();
    }

    /**
     * The time span whose busy intervals the engine needs for {@code query}: the requested range
     * widened to whole days (two on each side, as windows and buffers reach across midnight) and,
     * for rolling booking windows, back to now.
     */
    public static Range dataRange(SlotQuery query) {
        Instant start = query.rangeStart();
        BookingWindow w = query.rules().bookingWindow();
        if (w != null && w.rolling() && query.now().isBefore(start)) {
            start = query.now();
        }
        return new Range(start.minus(DATA_MARGIN), query.rangeEnd().plus(DATA_MARGIN));
    }

    /**
     * The busy time that decides {@link #check} of {@code start} alone, for a {@code query} whose
     * hosts carry their hours (their busy time is not looked at): the stretch of working hours that
     * holds the booking, widened by the event type's buffers, when nothing outside that stretch can
     * change the answer; otherwise {@link #dataRange}. Busy time outside the stretch only changes
     * free windows outside it, and the grid of a window depends on nothing but the window when the
     * step between starts is at most the length (a start carried over from the window before would
     * have to fall inside the last booking of that window). So the stretch is enough for one host
     * (personal or collective of one) without seats, rolling booking windows or "first slot of the
     * day only", which look at other days' slots; anything else gets the whole data range.
     */
    public static Range checkDataRange(SlotQuery query, Instant start) {
        Range all = dataRange(query.withRange(start, start));
        EventRules rules = query.rules();
        OptionalInt length = rules.effectiveLength(query.duration());
        BookingWindow window = rules.bookingWindow();
        if (length.isEmpty() || query.hosts().size() != 1 || rules.schedulingType() == SchedulingType.ROUND_ROBIN
                || rules.seatsPerTimeSlot() != null || rules.onlyShowFirstAvailableSlot() || window != null && window.rolling()
                || rules.frequency(length.getAsInt()) + rules.offsetStart() > length.getAsInt()) {
            return all;
        }
        long s = start.toEpochMilli();
        long lengthMs = length.getAsInt() * 60_000L;
        for (Span hours : Intervals.mergeOverlapping(Availability.hours(query.hosts().get(0), s - DAY_MS, s + DAY_MS))) {
            if (hours.start() <= s && s + lengthMs - 1000 <= hours.end()) {
                // A minute more on each side than the buffers reach: busy time just touching the stretch is read too.
                long before = (rules.beforeBuffer() + 1) * 60_000L;
                long after = (rules.afterBuffer() + 1) * 60_000L;
                return new Range(Instant.ofEpochMilli(hours.start() - before), Instant.ofEpochMilli(hours.end() + after));
            }
        }
        return all;
    }

    /** A span of time, start inclusive, end exclusive. */
    public record Range(Instant start, Instant end) {
    }

    private static int length(SlotQuery query) {
        OptionalInt length = query.rules().effectiveLength(query.duration());
        if (length.isEmpty()) {
            throw new IllegalArgumentException("duration " + query.duration() + " is not one of the event type's lengths");
        }
        return length.getAsInt();
    }
}
