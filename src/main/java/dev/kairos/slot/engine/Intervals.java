package dev.kairos.slot.engine;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sweep operations over interval lists; "disjoint" lists are sorted and non-overlapping. */
final class Intervals {

    /**
     * Zone of a window that starts where busy time ends: Cal.com's busy times are UTC instants, so
     * the grid restarted after them is aligned on the UTC clock (differs only for zones whose
     * offset is not whole hours).
     */
    static final ZoneId UTC = ZoneOffset.UTC;

    static final Comparator<Span> BY_START = Comparator.comparingLong(Span::start).thenComparingLong(Span::end);

    private Intervals() {
    }

    /** Sorts and merges overlapping spans (touching spans stay apart, so each day keeps its grid). */
    static List<Span> mergeOverlapping(List<Span> spans) {
        return merge(spans, false);
    }

    /** Sorts and merges overlapping or touching spans (for busy time). */
    static List<Span> mergeTouching(List<Span> spans) {
        return merge(spans, true);
    }

    private static List<Span> merge(List<Span> spans, boolean touching) {
        List<Span> sorted = new ArrayList<>(spans.size());
        for (Span s : spans) {
            if (!s.isEmpty()) {
                sorted.add(s);
            }
        }
        sorted.sort(BY_START);
        List<Span> out = new ArrayList<>(sorted.size());
        for (Span s : sorted) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (s.start() < last.end() || (touching && s.start() == last.end())) {
                    if (s.end() > last.end()) {
                        out.set(out.size() - 1, new Span(last.start(), s.end(), last.zone()));
                    }
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Disjoint {@code windows} minus disjoint {@code busy}; a remainder starting after busy time is aligned in UTC. */
    static List<Span> subtract(List<Span> windows, List<Span> busy) {
        List<Span> out = new ArrayList<>(windows.size() + busy.size());
        int b = 0;
        for (Span w : windows) {
            while (b < busy.size() && busy.get(b).end() <= w.start()) {
                b++;
            }
            long cursor = w.start();
            int i = b;
            while (i < busy.size() && busy.get(i).start() < w.end()) {
                Span x = busy.get(i);
                if (x.start() > cursor) {
                    out.add(new Span(cursor, x.start(), cursor == w.start() ? w.zone() : UTC));
                }
                cursor = Math.max(cursor, x.end());
                i++;
            }
            if (cursor < w.end()) {
                out.add(new Span(cursor, w.end(), cursor == w.start() ? w.zone() : UTC));
            }
        }
        return out;
    }

    /**
     * Pairwise intersection of two lists sorted by start (either may overlap itself). The result
     * keeps the zone of the span whose start is later, as Cal.com's intersect does.
     */
    static List<Span> intersect(List<Span> a, List<Span> b) {
        long maxLenB = 0;
        for (Span s : b) {
            maxLenB = Math.max(maxLenB, s.end() - s.start());
        }
        List<Span> out = new ArrayList<>();
        int lowB = 0;
        for (Span x : a) {
            while (lowB < b.size() && b.get(lowB).start() + maxLenB <= x.start()) {
                lowB++;
            }
            for (int j = lowB; j < b.size() && b.get(j).start() < x.end(); j++) {
                Span y = b.get(j);
                long start = Math.max(x.start(), y.start());
                long end = Math.min(x.end(), y.end());
                if (start < end) {
                    out.add(new Span(start, end, y.start() > x.start() ? y.zone() : x.zone()));
                }
            }
        }
        out.sort(BY_START);
        return out;
    }

    /**
     * True when [start, start + length) fits one of the disjoint spans. A slot may end up to one
     * second after the span (Cal.com's "start + length - 1 s must not pass the end", which makes
     * ends like 23:59:59 work).
     */
    static boolean fits(List<Span> disjoint, long start, long length) {
        int lo = 0;
        int hi = disjoint.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (disjoint.get(mid).start() <= start) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && start + length - 1000 <= disjoint.get(found).end();
    }

    /** True when [start, end) overlaps a span of the disjoint list. */
    static boolean overlaps(List<Span> disjoint, long start, long end) {
        int lo = 0;
        int hi = disjoint.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = disjoint.get(mid);
            if (s.end() <= start) {
                lo = mid + 1;
            } else if (s.start() >= end) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
