package dev.kairos.slot.engine;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Applies the {@link BookingWindow} to sorted slots (Cal.com's period limits). */
final class BookingWindowRule {

    private final BookingWindow window;
    private final ZoneId viewerZone;
    private final LocalDate today;
    private final ZoneId rangeZone;

    BookingWindowRule(BookingWindow window, Instant now, ZoneId viewerZone, ZoneId firstHostZone) {
        this.window = window;
        this.viewerZone = viewerZone;
        this.today = LocalDate.ofInstant(now, viewerZone);
        this.rangeZone = window != null && window.rangeZone() != null ? window.rangeZone() : firstHostZone;
    }

    boolean rolling() {
        return window != null && window.rolling() && window.type() != BookingWindow.Type.RANGE && window.days() > 0;
    }

    /** Slots the window allows; for a rolling window {@code sorted} must start at today. */
    List<Slot> filter(List<Slot> sorted) {
        if (window == null || sorted.isEmpty()) {
            return sorted;
        }
        if (rolling()) {
            LocalDate lastDay = lastRollingDay(sorted);
            if (lastDay == null) {
                return sorted;
            }
            long limit = lastDay.plusDays(1).atStartOfDay(viewerZone).toInstant().toEpochMilli();
            return keepBefore(sorted, Long.MIN_VALUE, limit);
        }
        return keepBefore(sorted, lowerBound(), upperBound());
    }

    /** True when a start at {@code t} passes a non-rolling window (rolling ones are decided by listing). */
    boolean allowsFixed(long t) {
        return window == null || rolling() || (t >= lowerBound() && t < upperBound());
    }

    private long lowerBound() {
        return window.type() == BookingWindow.Type.RANGE
                ? window.rangeStart().atStartOfDay(rangeZone).toInstant().toEpochMilli()
                : Long.MIN_VALUE;
    }

    private long upperBound() {
        LocalDate last = switch (window.type()) {
            case RANGE -> window.rangeEnd();
            case CALENDAR_DAYS -> today.plusDays(window.days());
            case BUSINESS_DAYS -> plusBusinessDays(today, window.days());
        };
        ZoneId zone = window.type() == BookingWindow.Type.RANGE ? rangeZone : viewerZone;
        return last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** True when a rolling window ends before the viewer-local date of {@code t}. */
    boolean rollingExcludes(long t, List<Slot> unfiltered) {
        if (!rolling()) {
            return false;
        }
        LocalDate last = lastRollingDay(unfiltered);
        return last != null && LocalDate.ofInstant(Instant.ofEpochMilli(t), viewerZone).isAfter(last);
    }

    private LocalDate lastRollingDay(List<Slot> sorted) {
        boolean business = window.type() == BookingWindow.Type.BUSINESS_DAYS;
        int counted = 0;
        LocalDate previous = null;
        for (Slot slot : sorted) {
            LocalDate date = LocalDate.ofInstant(slot.start(), viewerZone);
            if (date.equals(previous) || date.isBefore(today)) {
                continue;
            }
            previous = date;
            if (!business || isWeekday(date)) {
                counted++;
                if (counted >= window.days()) {
                    return date;
                }
            }
        }
        return null;
    }

    private static List<Slot> keepBefore(List<Slot> sorted, long from, long until) {
        List<Slot> out = new ArrayList<>(sorted.size());
        for (Slot s : sorted) {
            long t = s.start().toEpochMilli();
            if (t >= from && t < until) {
                out.add(s);
            }
        }
        return out;
    }

    private static LocalDate plusBusinessDays(LocalDate from, int days) {
        LocalDate d = from;
        int added = 0;
        while (added < days) {
            d = d.plusDays(1);
            if (isWeekday(d)) {
                added++;
            }
        }
        return d;
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
