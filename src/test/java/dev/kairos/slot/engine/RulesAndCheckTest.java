package dev.kairos.slot.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.kairos.slot.engine.Scenario.ENGINE;
import static dev.kairos.slot.engine.Scenario.busy;
import static dev.kairos.slot.engine.Scenario.everyDay;
import static dev.kairos.slot.engine.Scenario.host;
import static dev.kairos.slot.engine.Scenario.query;
import static dev.kairos.slot.engine.Scenario.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Buffers, seats, durations, limits, windows and the booking check's verdicts. */
class RulesAndCheckTest {

    private static final String NOW = "2024-06-01T00:00:00Z";
    private static final String DAY = "2024-06-10";

    private static HostInput nineToFive(List<BusyInterval> busy) {
        return host(1, "UTC", List.of(everyDay("09:00", "17:00")), List.of(), busy);
    }

    private static Verdict check(SlotQuery q, String start) {
        return ENGINE.check(q, Instant.parse(start), null);
    }

    @Test
    void eventBuffersKeepSlotsAwayFromBookings() {
        EventRules rules = EventRules.builder(30).beforeBuffer(15).afterBuffer(10).build();
        SlotQuery q = query(NOW, DAY, DAY, "UTC", rules,
                nineToFive(List.of(busy("2024-06-10T12:00:00Z", "2024-06-10T13:00:00Z"))));
        List<String> slots = utc(ENGINE.slots(q));
        assertTrue(slots.contains("2024-06-10T11:00:00Z"));
        assertTrue(!slots.contains("2024-06-10T11:30:00Z") && !slots.contains("2024-06-10T13:00:00Z"));
        assertEquals("2024-06-10T13:30:00Z", slots.get(slots.indexOf("2024-06-10T11:00:00Z") + 1));
        assertEquals(Verdict.Reason.BUSY, check(q, "2024-06-10T11:30:00Z").reason());
        assertEquals(409, check(q, "2024-06-10T11:30:00Z").reason().httpStatus());
        assertTrue(check(q, "2024-06-10T13:30:00Z").ok());
    }

    @Test
    void aStartTakenFromARestartedGridIsAConflictNotOffTheInterval() {
        EventRules rules = EventRules.builder(45).build();
        BusyInterval other = busy("2024-06-10T09:00:00Z", "2024-06-10T09:30:00Z");
        SlotQuery before = query(NOW, DAY, DAY, "UTC", rules, nineToFive(List.of(other)));
        // The grid restarts at 09:30 after the other booking; the hours-only grid would be 09:00, 09:45...
        assertTrue(utc(ENGINE.slots(before)).contains("2024-06-10T09:30:00Z"));
        SlotQuery taken = query(NOW, DAY, DAY, "UTC", rules,
                nineToFive(List.of(other, busy("2024-06-10T09:30:00Z", "2024-06-10T10:15:00Z"))));
        assertEquals(Verdict.Reason.BUSY, check(taken, "2024-06-10T09:30:00Z").reason());
        assertEquals(Verdict.Reason.NOT_ON_SLOT_INTERVAL, check(taken, "2024-06-10T09:37:00Z").reason());
    }

    @Test
    void bookingsOwnBuffersAddToTheEventTypesBuffers() {
        EventRules rules = EventRules.builder(30).afterBuffer(10).build();
        BusyInterval booking = BusyInterval.booking(Instant.parse("2024-06-10T12:00:00Z"),
                Instant.parse("2024-06-10T13:00:00Z"), 20, 25);
        List<String> slots = utc(ENGINE.slots(query(NOW, DAY, DAY, "UTC", rules, nineToFive(List.of(booking)))));
        // blocked [12:00 - (20 + 10), 13:00 + (25 + 0)] = [11:30, 13:25]
        assertTrue(slots.contains("2024-06-10T11:00:00Z"));
        assertTrue(!slots.contains("2024-06-10T11:30:00Z"));
        assertEquals("2024-06-10T13:30:00Z", slots.get(slots.indexOf("2024-06-10T11:00:00Z") + 1));
    }

    @Test
    void seatedSlotStaysListedUntilFull() {
        EventRules rules = EventRules.builder(60).seatsPerTimeSlot(3).build();
        BusyInterval twoSeats = BusyInterval.seated(Instant.parse("2024-06-10T10:00:00Z"),
                Instant.parse("2024-06-10T11:00:00Z"), 0, 0, "bk-1", 2);
        SlotQuery q = query(NOW, DAY, DAY, "UTC", rules, nineToFive(List.of(twoSeats)));
        List<Slot> slots = ENGINE.slots(q);
        assertEquals(8, slots.size());
        Slot ten = slots.get(1);
        assertEquals(new SeatInfo(3, 2, 1, "bk-1"), ten.seats());
        assertEquals(2, ten.seats().attendeesCount());
        assertEquals(new SeatInfo(3, 0, 3, null), slots.get(2).seats());
        assertTrue(check(q, "2024-06-10T10:00:00Z").ok());
        assertEquals("bk-1", check(q, "2024-06-10T10:00:00Z").seats().bookingUid());

        BusyInterval full = BusyInterval.seated(twoSeats.start(), twoSeats.end(), 0, 0, "bk-1", 3);
        SlotQuery fullQuery = query(NOW, DAY, DAY, "UTC", rules, nineToFive(List.of(full)));
        assertEquals(7, ENGINE.slots(fullQuery).size());
        assertEquals(Verdict.Reason.FULL, check(fullQuery, "2024-06-10T10:00:00Z").reason());
        // 10:30 is both taken and off the hourly grid: the event type's own rule wins (API.md: 422 over 409).
        assertEquals(Verdict.Reason.NOT_ON_SLOT_INTERVAL, check(fullQuery, "2024-06-10T10:30:00Z").reason());
    }

    @Test
    void variableDurationsChangeLengthAndInterval() {
        EventRules rules = EventRules.builder(30).lengthOptions(List.of(30, 60)).build();
        HostInput h = nineToFive(List.of());
        SlotQuery q60 = new SlotQuery(Instant.parse(NOW), Instant.parse("2024-06-10T00:00:00Z"),
                Instant.parse("2024-06-10T23:59:59Z"), java.time.ZoneOffset.UTC, rules, List.of(h), 60);
        List<Slot> slots = ENGINE.slots(q60);
        assertEquals(8, slots.size());
        assertEquals(Instant.parse("2024-06-10T10:00:00Z"), slots.get(0).end());
        SlotQuery q30 = new SlotQuery(q60.now(), q60.rangeStart(), q60.rangeEnd(), q60.viewerZone(), rules, List.of(h), null);
        assertEquals(16, ENGINE.slots(q30).size());
        SlotQuery q45 = new SlotQuery(q60.now(), q60.rangeStart(), q60.rangeEnd(), q60.viewerZone(), rules, List.of(h), 45);
        assertThrows(IllegalArgumentException.class, () -> ENGINE.slots(q45));
        assertEquals(Verdict.Reason.INVALID_DURATION,
                ENGINE.check(q60, Instant.parse("2024-06-10T09:00:00Z"), 45).reason());
        assertTrue(ENGINE.check(q60, Instant.parse("2024-06-10T16:00:00Z"), 60).ok());
        assertEquals(Verdict.Reason.OUTSIDE_HOURS, ENGINE.check(q60, Instant.parse("2024-06-10T16:30:00Z"), 60).reason());
    }

    @Test
    void verdictsNameTheRefusingRule() {
        EventRules rules = EventRules.builder(30).minimumNotice(120)
                .bookingWindow(BookingWindow.calendarDays(5, false)).build();
        SlotQuery q = query("2024-06-10T09:00:00Z", DAY, DAY, "UTC", rules, nineToFive(List.of()));
        assertEquals(Verdict.Reason.IN_THE_PAST, check(q, "2024-06-10T08:00:00Z").reason());
        assertEquals(Verdict.Reason.MINIMUM_NOTICE, check(q, "2024-06-10T10:30:00Z").reason());
        assertTrue(check(q, "2024-06-10T11:00:00Z").ok());
        assertEquals(Verdict.Reason.NOT_ON_SLOT_INTERVAL, check(q, "2024-06-10T11:10:00Z").reason());
        assertEquals(Verdict.Reason.OUTSIDE_HOURS, check(q, "2024-06-10T18:00:00Z").reason());
        assertTrue(check(q, "2024-06-15T16:30:00Z").ok());
        assertEquals(Verdict.Reason.BOOKING_WINDOW, check(q, "2024-06-16T09:00:00Z").reason());
        assertEquals(422, check(q, "2024-06-16T09:00:00Z").reason().httpStatus());
    }

    @Test
    void countAndDurationLimitsBlockTheWholeHostLocalPeriod() {
        HostInput h = new HostInput(1, java.time.ZoneId.of("Asia/Dhaka"), List.of(everyDay("09:00", "17:00")), List.of(),
                List.of(busy("2024-06-10T04:00:00Z", "2024-06-10T05:00:00Z")),
                List.of(new CountedBooking(Instant.parse("2024-06-10T04:00:00Z"), Instant.parse("2024-06-10T05:00:00Z"))),
                false, null);
        EventRules perWeek = EventRules.builder(60).countLimit(LimitPeriod.WEEK, 1).build();
        SlotQuery q = query(NOW, "2024-06-09", "2024-06-18", "Asia/Dhaka", perWeek, h);
        List<Slot> slots = ENGINE.slots(q);
        // the week Monday 10 June .. Sunday 16 June (Dhaka) is full; Sunday 9 and Monday 17 June are not
        assertEquals(List.of("2024-06-09", "2024-06-17", "2024-06-18"),
                Slot.byLocalDate(slots, h.zone()).keySet().stream().map(Object::toString).toList());
        assertEquals(Verdict.Reason.LIMIT_REACHED, check(q, "2024-06-12T04:00:00Z").reason());
        EventRules minutes = EventRules.builder(60).durationLimit(LimitPeriod.DAY, 120).build();
        List<Slot> underLimit = ENGINE.slots(query(NOW, "2024-06-10", "2024-06-10", "Asia/Dhaka", minutes, h));
        assertEquals(7, underLimit.size());
    }

    @Test
    void onlyTheFirstSlotOfEachDayIsListedAndBookable() {
        EventRules rules = EventRules.builder(60).onlyShowFirstAvailableSlot(true).build();
        SlotQuery q = query(NOW, "2024-06-10", "2024-06-11", "UTC", rules,
                nineToFive(List.of(busy("2024-06-10T09:00:00Z", "2024-06-10T10:00:00Z"))));
        assertEquals(List.of("2024-06-10T10:00:00Z", "2024-06-11T09:00:00Z"), utc(ENGINE.slots(q)));
        assertEquals(Verdict.Reason.NOT_FIRST_AVAILABLE, check(q, "2024-06-10T11:00:00Z").reason());
    }

    @Test
    void roundRobinNeedsMandatoryHostsAndOneHostPerGroup() {
        EventRules rules = EventRules.builder(60).schedulingType(SchedulingType.ROUND_ROBIN).build();
        HostInput lead = new HostInput(1, java.time.ZoneOffset.UTC, List.of(everyDay("09:00", "17:00")), List.of(),
                List.of(busy("2024-06-10T09:00:00Z", "2024-06-10T10:00:00Z")), List.of(), true, null);
        HostInput a = new HostInput(2, java.time.ZoneOffset.UTC, List.of(everyDay("09:00", "12:00")), List.of(),
                List.of(), List.of(), false, "sales");
        HostInput b = new HostInput(3, java.time.ZoneOffset.UTC, List.of(everyDay("11:00", "17:00")), List.of(),
                List.of(), List.of(), false, "sales");
        HostInput c = new HostInput(4, java.time.ZoneOffset.UTC, List.of(everyDay("10:00", "13:00")), List.of(),
                List.of(), List.of(), false, "tech");
        List<Slot> slots = ENGINE.slots(query(NOW, DAY, DAY, "UTC", rules, lead, a, b, c));
        assertEquals(List.of("2024-06-10T10:00:00Z", "2024-06-10T11:00:00Z", "2024-06-10T12:00:00Z"), utc(slots));
        assertEquals(List.of(1L, 2L, 3L, 4L), slots.get(1).hostIds());
        assertEquals(List.of(1L, 3L, 4L), slots.get(2).hostIds());
    }

    @Test
    void collectiveNeedsEveryHost() {
        EventRules rules = EventRules.builder(60).schedulingType(SchedulingType.COLLECTIVE).build();
        HostInput a = host(1, "UTC", List.of(everyDay("09:00", "13:00")), List.of(), List.of());
        HostInput b = host(2, "UTC", List.of(everyDay("11:00", "17:00")), List.of(), List.of());
        List<Slot> slots = ENGINE.slots(query(NOW, DAY, DAY, "UTC", rules, a, b));
        assertEquals(List.of("2024-06-10T11:00:00Z", "2024-06-10T12:00:00Z"), utc(slots));
        assertEquals(List.of(1L, 2L), slots.get(0).hostIds());
        assertNull(slots.get(0).seats());
    }

    @Test
    void rollingWindowSkipsFullyBookedDaysAndRefusesBeyondIt() {
        EventRules rules = EventRules.builder(60).bookingWindow(BookingWindow.calendarDays(2, true)).build();
        HostInput h = nineToFive(List.of(busy("2024-06-11T09:00:00Z", "2024-06-11T17:00:00Z")));
        SlotQuery q = query("2024-06-10T06:00:00Z", "2024-06-10", "2024-06-14", "UTC", rules, h);
        assertEquals(List.of("2024-06-10", "2024-06-12"), Slot.byLocalDate(ENGINE.slots(q), java.time.ZoneOffset.UTC)
                .keySet().stream().map(Object::toString).toList());
        assertTrue(check(q, "2024-06-12T16:00:00Z").ok());
        assertEquals(Verdict.Reason.BOOKING_WINDOW, check(q, "2024-06-13T09:00:00Z").reason());
        assertEquals(Verdict.Reason.BUSY, check(q, "2024-06-11T09:00:00Z").reason());
        SlotEngine.Range data = SlotEngine.dataRange(query("2024-06-10T06:00:00Z", "2024-06-13", "2024-06-14", "UTC", rules, h));
        assertEquals(Instant.parse("2024-06-08T06:00:00Z"), data.start());
    }

    @Test
    void everyListedSlotIsBookableByTheCheck() {
        EventRules rules = EventRules.builder(45).slotInterval(30).minimumNotice(90).beforeBuffer(5).afterBuffer(10)
                .bookingWindow(BookingWindow.businessDays(3, true)).build();
        HostInput h = host(1, "Europe/Berlin", List.of(everyDay("08:30", "18:15")), List.of(),
                List.of(busy("2024-06-11T09:10:00Z", "2024-06-11T10:05:00Z")));
        SlotQuery q = query("2024-06-10T09:07:00Z", "2024-06-10", "2024-06-20", "America/New_York", rules, h);
        List<Slot> slots = ENGINE.slots(q);
        assertTrue(slots.size() > 20);
        for (Slot s : slots) {
            assertTrue(ENGINE.check(q, s.start(), null).ok(), () -> "listed but refused: " + s.start());
        }
    }
}
