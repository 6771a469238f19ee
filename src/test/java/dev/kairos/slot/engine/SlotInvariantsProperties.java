package dev.kairos.slot.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invariants of every listing, over random schedules in zones with DST and odd offsets: slots lie
 * inside the host's hours, never overlap busy time plus buffers, start after now + notice, come
 * sorted without duplicates, and each is accepted by the booking check.
 */
class SlotInvariantsProperties {

    private static final List<String> ZONES = List.of("UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata",
            "Asia/Kathmandu", "America/Los_Angeles", "Australia/Lord_Howe", "Pacific/Chatham");
    private static final int[] LENGTHS = {10, 15, 20, 25, 30, 45, 60, 90};
    private static final Integer[] INTERVALS = {null, 5, 10, 15, 20, 30, 45, 60};
    private static final SlotEngine ENGINE = new SlotEngine();

    @Property(tries = 300)
    void listingsKeepTheInvariants(@ForAll("queries") SlotQuery q) {
        List<Slot> slots = ENGINE.slots(q);
        HostInput host = q.hosts().get(0);
        EventRules r = q.rules();
        List<Window> hours = merged(Availability.hostWindows(host, q.rangeStart().minus(Duration.ofDays(1)),
                q.rangeEnd().plus(Duration.ofDays(1))));
        Instant earliest = q.now().plus(Duration.ofMinutes(r.minimumNotice()));
        Instant previous = null;
        for (Slot s : slots) {
            assertTrue(previous == null || s.start().isAfter(previous), () -> "not sorted or duplicate: " + s);
            previous = s.start();
            assertTrue(s.start().isAfter(q.now()) && !s.start().isBefore(earliest), () -> "inside notice: " + s);
            assertTrue(!s.start().isBefore(q.rangeStart()) && !s.start().isAfter(q.rangeEnd()), () -> "outside range: " + s);
            assertTrue(hours.stream().anyMatch(w -> !w.start().isAfter(s.start()) && !w.end().isBefore(s.end())),
                    () -> "outside hours: " + s + " hours " + hours);
            Instant blockedFrom = s.start().minus(Duration.ofMinutes(r.beforeBuffer()));
            Instant blockedTo = s.end().plus(Duration.ofMinutes(r.afterBuffer()));
            for (BusyInterval b : host.busy()) {
                Instant bs = b.start().minus(Duration.ofMinutes(b.beforeBufferMinutes()));
                Instant be = b.end().plus(Duration.ofMinutes(b.afterBufferMinutes()));
                assertTrue(!blockedFrom.isBefore(be) || !blockedTo.isAfter(bs), () -> "overlaps busy " + b + ": " + s);
            }
        }
        for (int i = 0; i < slots.size(); i += Math.max(1, slots.size() / 5)) {
            Slot s = slots.get(i);
            assertTrue(ENGINE.check(q, s.start(), null).ok(), () -> "listed but refused: " + s);
        }
    }

    @Property(tries = 200)
    void teamSlotsNameOnlyFreeHostsAndMeetTheTeamRule(@ForAll("teamQueries") SlotQuery q) {
        List<Slot> slots = ENGINE.slots(q);
        boolean roundRobin = q.rules().schedulingType() == SchedulingType.ROUND_ROBIN;
        for (Slot s : slots) {
            for (HostInput h : q.hosts()) {
                boolean listed = s.hostIds().contains(h.id());
                if (!roundRobin || h.mandatory()) {
                    assertTrue(listed, () -> "host " + h.id() + " missing from " + s);
                }
                if (listed) {
                    assertTrue(free(h, q, s), () -> "host " + h.id() + " is not free for " + s);
                }
            }
            if (roundRobin) {
                for (String g : List.of("a", "b")) {
                    boolean groupExists = q.hosts().stream().anyMatch(h -> !h.mandatory() && g.equals(h.groupId()));
                    assertTrue(!groupExists || q.hosts().stream().anyMatch(h -> !h.mandatory() && g.equals(h.groupId())
                            && s.hostIds().contains(h.id())), () -> "group " + g + " unrepresented in " + s);
                }
            }
            assertTrue(ENGINE.check(q, s.start(), null).ok(), () -> "listed but refused: " + s);
        }
    }

    private static boolean free(HostInput h, SlotQuery q, Slot s) {
        List<Window> hours = merged(Availability.hostWindows(h, q.rangeStart().minus(Duration.ofDays(1)),
                q.rangeEnd().plus(Duration.ofDays(1))));
        boolean inHours = hours.stream().anyMatch(w -> !w.start().isAfter(s.start()) && !w.end().isBefore(s.end()));
        Instant from = s.start().minus(Duration.ofMinutes(q.rules().beforeBuffer()));
        Instant to = s.end().plus(Duration.ofMinutes(q.rules().afterBuffer()));
        return inHours && h.busy().stream().allMatch(b -> !from.isBefore(b.end().plus(Duration.ofMinutes(b.afterBufferMinutes())))
                || !to.isAfter(b.start().minus(Duration.ofMinutes(b.beforeBufferMinutes()))));
    }

    @Provide
    Arbitrary<SlotQuery> teamQueries() {
        return Arbitraries.randomValue(random -> {
            SlotQuery base = query(random);
            LocalDate first = LocalDate.ofInstant(base.rangeStart(), base.viewerZone());
            int days = (int) Duration.between(base.rangeStart(), base.rangeEnd()).toDays() + 1;
            boolean roundRobin = random.nextBoolean();
            List<HostInput> hosts = new ArrayList<>(base.hosts());
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
                hosts.add(randomHost(random, i + 2, zone, first, days, base.rangeStart(),
                        roundRobin && random.nextInt(3) == 0, random.nextBoolean() ? "a" : "b"));
            }
            EventRules r = base.rules();
            EventRules rules = new EventRules(r.length(), r.lengthOptions(), r.slotInterval(), r.minimumNotice(),
                    r.beforeBuffer(), r.afterBuffer(), r.offsetStart(), null, r.countLimits(), r.durationLimits(), false,
                    null, roundRobin ? SchedulingType.ROUND_ROBIN : SchedulingType.COLLECTIVE, r.limitWeekStart());
            return new SlotQuery(base.now(), base.rangeStart(), base.rangeEnd(), base.viewerZone(), rules, hosts, null);
        });
    }

    /** Overlapping windows of several weekly rules form one stretch of working time. */
    private static List<Window> merged(List<Window> windows) {
        List<Window> sorted = new ArrayList<>(windows);
        sorted.sort((a, b) -> a.start().compareTo(b.start()));
        List<Window> out = new ArrayList<>();
        for (Window w : sorted) {
            Window last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && w.start().isBefore(last.end())) {
                out.set(out.size() - 1, new Window(last.start(), w.end().isAfter(last.end()) ? w.end() : last.end(), last.zone()));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<SlotQuery> queries() {
        return Arbitraries.randomValue(SlotInvariantsProperties::query);
    }

    private static HostInput randomHost(Random random, long id, ZoneId zone, LocalDate first, int days, Instant from,
                                        boolean mandatory, String group) {
        List<WeeklyRule> weekly = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            Set<DayOfWeek> ds = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                if (random.nextInt(3) > 0) {
                    ds.add(d);
                }
            }
            int start = random.nextInt(96) * 15;
            int end = start + 15 + random.nextInt(96 - start / 15) * 15;
            weekly.add(new WeeklyRule(ds, LocalTime.MIN.plusMinutes(start), end >= 1440 ? LocalTime.MAX
                    : LocalTime.MIN.plusMinutes(end)));
        }
        List<DateOverride> overrides = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            LocalDate date = first.plusDays(random.nextInt(days + 1));
            int start = random.nextInt(80) * 15;
            overrides.add(random.nextInt(4) == 0 ? new DateOverride(date, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                    : new DateOverride(date, LocalTime.MIN.plusMinutes(start), LocalTime.MIN.plusMinutes(start + 60
                    + random.nextInt(8) * 15)));
        }
        List<BusyInterval> busy = new ArrayList<>();
        for (int i = 0, n = random.nextInt(16); i < n; i++) {
            Instant s = from.plus(Duration.ofMinutes(random.nextInt(days * 24 * 4) * 15L - 24 * 60));
            busy.add(BusyInterval.booking(s, s.plus(Duration.ofMinutes(15 + random.nextInt(16) * 15L)),
                    random.nextInt(4) * 10, random.nextInt(4) * 10));
        }
        return new HostInput(id, zone, weekly, overrides, busy, List.of(), mandatory, group);
    }

    static SlotQuery query(Random random) {
        ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        ZoneId viewer = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        LocalDate first = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
        int days = 1 + random.nextInt(10);
        Instant from = first.atStartOfDay(viewer).toInstant();
        Instant to = first.plusDays(days).atStartOfDay(viewer).toInstant().minusMillis(1);
        Instant now = from.minus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
        HostInput host = randomHost(random, 1, zone, first, days, from, false, null);
        EventRules rules = EventRules.builder(LENGTHS[random.nextInt(LENGTHS.length)])
                .slotInterval(INTERVALS[random.nextInt(INTERVALS.length)])
                .minimumNotice(random.nextInt(5) * 90)
                .beforeBuffer(random.nextInt(4) * 10).afterBuffer(random.nextInt(4) * 10)
                .offsetStart(random.nextInt(4) == 0 ? 5 : 0).build();
        return new SlotQuery(now, from, to, viewer, rules, List.of(host), null);
    }
}
