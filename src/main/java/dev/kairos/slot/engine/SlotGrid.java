package dev.kairos.slot.engine;

import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;

/**
 * Cuts slot starts out of free windows the way Cal.com does, so its slots are reproduced:
 * <ul>
 *   <li>every free window restarts its own grid (after a booking the next start is right after
 *       it, not on a day-wide grid);
 *   <li>a window's first start is rounded up to a multiple of S minutes past the hour on the
 *       window zone's clock, S = the first of 60, 30, 20, 15, 10, 5 that divides the interval
 *       (else 1), then shifted by offsetStart; the step is interval + offsetStart;
 *   <li>a start that falls inside an earlier slot snaps back to that slot when it is inside the
 *       window, else forward to the slot after it;
 *   <li>a slot fits when start + length - 1 s is not after the window's end.
 * </ul>
 * Unlike Cal.com, minimum notice never moves the grid (it only filters starts), so a listed
 * start stays the same as time passes and the booking check sees the same grid.
 */
final class SlotGrid {

    private static final int[] ALIGNMENTS = {60, 30, 20, 15, 10, 5};

    private SlotGrid() {
    }

    static int alignment(int frequencyMinutes) {
        for (int a : ALIGNMENTS) {
            if (frequencyMinutes % a == 0) {
                return a;
            }
        }
        return 1;
    }

    /** First instant at or after {@code t} that is a whole multiple of S minutes past the hour in {@code rules}. */
    static long align(long t, ZoneRules rules, int s) {
        long offsetMs = rules.getOffset(Instant.ofEpochMilli(t)).getTotalSeconds() * 1000L;
        long intoHour = Math.floorMod(t + offsetMs, 3_600_000L);
        long minute = intoHour / 60_000L;
        long rest = intoHour % 60_000L;
        if (minute % s == 0 && rest == 0) {
            return t;
        }
        return t - intoHour + (minute / s + 1) * s * 60_000L;
    }

    /** Sorted unique slot starts (epoch ms) for windows sorted by start. */
    static long[] starts(List<Span> windows, long lengthMs, int frequencyMin, int offsetMin) {
        int s = alignment(frequencyMin);
        long step = (frequencyMin + (long) offsetMin) * 60_000L;
        long offset = offsetMin * 60_000L;
        return disjoint(windows)
                ? startsDisjoint(windows, lengthMs, s, step, offset)
                : startsOverlapping(windows, lengthMs, s, step, offset);
    }

    private static boolean disjoint(List<Span> windows) {
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i).start() < windows.get(i - 1).end()) {
                return false;
            }
        }
        return true;
    }

    private static long[] startsDisjoint(List<Span> windows, long lengthMs, int s, long step, long offset) {
        long[] out = new long[64];
        int n = 0;
        for (Span w : windows) {
            long start = align(w.start(), w.zone().getRules(), s) + offset;
            if (n > 0) {
                long last = out[n - 1];
                if (last < start && last + step > start) {
                    start = last >= w.start() ? last : last + step;
                }
            }
            for (; start + lengthMs - 1000 <= w.end(); start += step) {
                if (n > 0 && start <= out[n - 1]) {
                    continue;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = start;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Overlapping windows (round-robin unions): each window's run of starts is an arithmetic
     * progression; the snap looks at the runs still reaching the window's start.
     */
    private static long[] startsOverlapping(List<Span> windows, long lengthMs, int s, long step, long offset) {
        long[] out = new long[256];
        int n = 0;
        List<long[]> active = new ArrayList<>();
        for (Span w : windows) {
            active.removeIf(run -> run[1] + step <= w.start());
            long start = align(w.start(), w.zone().getRules(), s) + offset;
            for (int guard = 0; guard < 4; guard++) {
                long x = greatestBelow(active, start, step);
                if (x == Long.MIN_VALUE || x + step <= start) {
                    break;
                }
                if (x >= w.start()) {
                    start = x;
                    break;
                }
                start = x + step;
            }
            long first = start;
            long last = Long.MIN_VALUE;
            for (; start + lengthMs - 1000 <= w.end(); start += step) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = start;
                last = start;
            }
            if (last != Long.MIN_VALUE) {
                active.add(new long[] {first, last});
            }
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (unique == 0 || sorted[i] != sorted[unique - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }

    /** Greatest start below {@code t} among the runs {first, last} with the given step. */
    private static long greatestBelow(List<long[]> runs, long t, long step) {
        long best = Long.MIN_VALUE;
        for (long[] run : runs) {
            if (run[0] >= t) {
                continue;
            }
            long x = run[0] + Math.floorDiv(t - 1 - run[0], step) * step;
            best = Math.max(best, Math.min(x, run[1]));
        }
        return best;
    }
}
