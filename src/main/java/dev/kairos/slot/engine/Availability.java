package dev.kairos.slot.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A host's working hours as instants. Each local date of the schedule is converted on its own
 * (never by adding a fixed offset), so DST days get their real length: a local time in a
 * spring-forward gap moves forward, the end of day is the next local midnight.
 */
public final class Availability {

    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    private Availability() {
    }

    /**
     * Working-hour windows of every host-local date from the date of {@code from} to the date of
     * {@code to}, overrides replacing their date, whole (not clipped to the range) except that
     * windows ending at or before {@code from}, and weekly windows starting at or after {@code to},
     * are left out (as Cal.com's buildDateRanges does).
     */
    public static List<Window> hostWindows(HostInput host, Instant from, Instant to) {
        return hours(host, from.toEpochMilli(), to.toEpochMilli()).stream().map(Window::of).toList();
    }

    /**
     * {@link #hostWindows} minus the host's busy time widened by buffers as Cal.com combines them:
     * [start - (its before + {@code afterBuffer}), end + (its after + {@code beforeBuffer})].
     */
    public static List<Window> freeWindows(HostInput host, int beforeBuffer, int afterBuffer,
                                           Instant from, Instant to) {
        List<Span> hours = Intervals.mergeOverlapping(hours(host, from.toEpochMilli(), to.toEpochMilli()));
        List<Span> busy = new ArrayList<>();
        for (BusyInterval b : host.busy()) {
            busy.add(widen(b, beforeBuffer, afterBuffer));
        }
        return Intervals.subtract(hours, Intervals.mergeTouching(busy)).stream().map(Window::of).toList();
    }

    static Span widen(BusyInterval b, int eventBefore, int eventAfter) {
        long start = b.start().toEpochMilli() - 60_000L * (b.beforeBufferMinutes() + eventAfter);
        long end = b.end().toEpochMilli() + 60_000L * (b.afterBufferMinutes() + eventBefore);
        return new Span(start, end, null);
    }

    static List<Span> hours(HostInput host, long from, long to) {
        ZoneId zone = host.zone();
        LocalDate first = LocalDate.ofInstant(Instant.ofEpochMilli(from), zone);
        LocalDate last = LocalDate.ofInstant(Instant.ofEpochMilli(to), zone);
        Map<LocalDate, List<DateOverride>> overrides = new HashMap<>();
        for (DateOverride o : host.overrides()) {
            overrides.computeIfAbsent(o.date(), d -> new ArrayList<>()).add(o);
        }
        List<Span> out = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            List<DateOverride> forDate = overrides.get(date);
            if (forDate != null) {
                for (DateOverride o : forDate) {
                    if (!o.dayOff()) {
                        add(out, date, o.start(), o.end(), zone, from, Long.MAX_VALUE);
                    }
                }
                continue;
            }
            for (WeeklyRule rule : host.weekly()) {
                if (rule.days().contains(date.getDayOfWeek())) {
                    add(out, date, rule.start(), rule.end(), zone, from, to);
                }
            }
        }
        out.sort(Intervals.BY_START);
        return out;
    }

    private static void add(List<Span> out, LocalDate date, LocalTime start, LocalTime end, ZoneId zone,
                            long from, long startBefore) {
        boolean endOfDay = end.equals(LocalTime.MAX) || end.equals(LAST_MINUTE)
                || (end.equals(LocalTime.MIDNIGHT) && !start.equals(LocalTime.MIDNIGHT));
        if (!endOfDay && !end.isAfter(start)) {
            return;
        }
        long s = LocalDateTime.of(date, start).atZone(zone).toInstant().toEpochMilli();
        long e = endOfDay
                ? date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()
                : LocalDateTime.of(date, end).atZone(zone).toInstant().toEpochMilli();
        if (e > s && e > from && s < startBefore) {
            out.add(new Span(s, e, zone));
        }
    }
}
