package dev.kairos.slot.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The booking check reads busy time only in {@link SlotEngine#checkDataRange}. Over random hosts
 * (zones with DST and odd offsets, several weekly rules, overrides, busy time at 5-minute steps
 * with its own buffers) and event type shapes, the check from that busy time alone gives the very
 * verdict the check from all of it gives, for listed starts, their neighbours and random minutes.
 */
class CheckDataRangeProperties {

    private static final SlotEngine ENGINE = new SlotEngine();
    private static final int[] LENGTHS = {10, 15, 20, 25, 30, 45, 60, 90};
    private static final Integer[] INTERVALS = {null, null, 5, 10, 15, 20, 30, 45, 60};

    @Property(tries = 400)
    void busyTimeOutsideTheRangeNeverChangesTheVerdict(@ForAll long seed) {
        Random random = new Random(seed);
        SlotQuery q = withDenseBusy(reshaped(SlotInvariantsProperties.query(random), random), random);
        List<Instant> candidates = new ArrayList<>();
        for (Slot s : ENGINE.slots(q)) {
            candidates.add(s.start());
            candidates.add(s.start().plus(Duration.ofMinutes(5)));
            candidates.add(s.start().minus(Duration.ofMinutes(15)));
        }
        long minutes = Duration.between(q.rangeStart(), q.rangeEnd()).toMinutes();
        for (int i = 0; i < 30; i++) {
            candidates.add(q.rangeStart().plus(Duration.ofMinutes(random.nextLong(minutes + 1))));
        }
        HostInput host = q.hosts().get(0);
        for (int i = 0; i < candidates.size(); i += 1 + candidates.size() / 60) {
            Instant start = candidates.get(i);
            SlotEngine.Range range = SlotEngine.checkDataRange(q, start);
            List<BusyInterval> inRange = host.busy().stream().filter(b -> meets(b, range)).toList();
            SlotQuery narrowed = q.withHosts(List.of(host.with(inRange, host.limitBookings())));
            assertEquals(ENGINE.check(q, start, q.duration()), ENGINE.check(narrowed, start, q.duration()),
                    () -> "check of " + start + " with busy time in " + range + " only, rules " + q.rules());
        }
    }

    @Test
    void aStartInsideWorkingHoursNeedsOnlyThoseHours() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        HostInput host = HostInput.of(1, berlin, List.of(new WeeklyRule(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0),
                LocalTime.of(17, 0))), List.of(), List.of());
        Instant start = LocalDate.of(2030, 1, 8).atTime(10, 0).atZone(berlin).toInstant();
        SlotQuery q = new SlotQuery(start.minus(Duration.ofDays(1)), start, start, berlin,
                EventRules.builder(30).beforeBuffer(10).afterBuffer(5).build(), List.of(host), null);
        SlotEngine.Range range = SlotEngine.checkDataRange(q, start);
        assertEquals(LocalDate.of(2030, 1, 8).atTime(8, 49).atZone(berlin).toInstant(), range.start());
        assertEquals(LocalDate.of(2030, 1, 8).atTime(17, 6).atZone(berlin).toInstant(), range.end());
        // Outside the hours, or with a step longer than the length, the whole data range is read.
        Instant evening = start.plus(Duration.ofHours(8));
        assertEquals(SlotEngine.dataRange(q.withRange(evening, evening)), SlotEngine.checkDataRange(q, evening));
        SlotQuery spaced = new SlotQuery(q.now(), start, start, berlin, EventRules.builder(30).slotInterval(45).build(), List.of(host), null);
        assertEquals(SlotEngine.dataRange(spaced), SlotEngine.checkDataRange(spaced, start));
        assertTrue(SlotEngine.dataRange(q).start().isBefore(range.start()));
    }

    /** Busy time meets the range as the database's range overlap sees it: its own buffers included, end exclusive. */
    private static boolean meets(BusyInterval b, SlotEngine.Range range) {
        Instant start = b.start().minus(Duration.ofMinutes(b.beforeBufferMinutes()));
        Instant end = b.end().plus(Duration.ofMinutes(b.afterBufferMinutes()));
        return start.isBefore(range.end()) && end.isAfter(range.start());
    }

    /** Other lengths and intervals (steps shorter, equal and longer than the length), buffers, sometimes a variable duration. */
    private static SlotQuery reshaped(SlotQuery q, Random random) {
        int length = LENGTHS[random.nextInt(LENGTHS.length)];
        List<Integer> options = random.nextInt(4) == 0 ? List.of(length, length * 2) : List.of();
        EventRules rules = EventRules.builder(length).lengthOptions(options)
                .slotInterval(INTERVALS[random.nextInt(INTERVALS.length)])
                .minimumNotice(random.nextInt(3) * 60)
                .beforeBuffer(random.nextInt(3) * 10).afterBuffer(random.nextInt(3) * 5)
                .offsetStart(random.nextInt(5) == 0 ? 5 : 0).build();
        Integer duration = options.isEmpty() || random.nextBoolean() ? null : length * 2;
        return new SlotQuery(q.now(), q.rangeStart(), q.rangeEnd(), q.viewerZone(), rules, q.hosts(), duration);
    }

    /** Adds up to 60 bookings at 5-minute steps around the range, so that free windows start at odd minutes. */
    private static SlotQuery withDenseBusy(SlotQuery q, Random random) {
        HostInput host = q.hosts().get(0);
        List<BusyInterval> busy = new ArrayList<>(host.busy());
        long minutes = Duration.between(q.rangeStart(), q.rangeEnd()).toMinutes() + 6 * 24 * 60;
        for (int i = 0, n = random.nextInt(60); i < n; i++) {
            Instant s = q.rangeStart().minus(Duration.ofDays(3)).plus(Duration.ofMinutes(random.nextLong(minutes / 5) * 5));
            busy.add(BusyInterval.booking(s, s.plus(Duration.ofMinutes(5 + random.nextInt(24) * 5L)), random.nextInt(3) * 5,
                    random.nextInt(3) * 5));
        }
        return q.withHosts(List.of(host.with(busy, host.limitBookings())));
    }
}
