package dev.kairos.slot.engine;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Booking limits as busy time: a host-local day, week, month or year in which the host already has
 * the maximum number of bookings of this event type, or in which one more booking of this length
 * would pass the maximum booked minutes, is blocked whole.
 */
final class Limits {

    private Limits() {
    }

    static List<Span> spans(HostInput host, EventRules rules, int lengthMinutes, long from, long to) {
        if (rules.countLimits().isEmpty() && rules.durationLimits().isEmpty()) {
            return List.of();
        }
        ZoneId zone = host.zone();
        List<Span> out = new ArrayList<>();
        for (LimitPeriod period : LimitPeriod.values()) {
            Integer maxCount = rules.countLimits().get(period);
            Integer maxMinutes = rules.durationLimits().get(period);
            if (maxCount == null && maxMinutes == null) {
                continue;
            }
            if (maxMinutes != null && lengthMinutes > maxMinutes) {
                out.add(new Span(from - Duration.ofDays(400).toMillis(), to + Duration.ofDays(400).toMillis(), null));
                continue;
            }
            Map<LocalDate, int[]> usage = new HashMap<>();
            for (CountedBooking b : host.limitBookings()) {
                LocalDate key = periodStart(LocalDate.ofInstant(b.start(), zone), period, rules.limitWeekStart());
                int[] u = usage.computeIfAbsent(key, k -> new int[2]);
                u[0]++;
                u[1] += (int) Duration.between(b.start(), b.end()).toMinutes();
            }
            for (Map.Entry<LocalDate, int[]> e : usage.entrySet()) {
                int[] u = e.getValue();
                boolean countReached = maxCount != null && u[0] >= maxCount;
                boolean minutesReached = maxMinutes != null && u[1] + lengthMinutes > maxMinutes;
                if (countReached || minutesReached) {
                    LocalDate start = e.getKey();
                    out.add(new Span(start.atStartOfDay(zone).toInstant().toEpochMilli(),
                            periodEnd(start, period).atStartOfDay(zone).toInstant().toEpochMilli(), null));
                }
            }
        }
        return out;
    }

    static LocalDate periodStart(LocalDate date, LimitPeriod period, java.time.DayOfWeek weekStart) {
        return switch (period) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(weekStart));
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    private static LocalDate periodEnd(LocalDate start, LimitPeriod period) {
        return switch (period) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }
}
