package dev.kairos.slot.engine;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dev.kairos.slot.engine.Scenario.ENGINE;
import static dev.kairos.slot.engine.Scenario.everyDay;
import static dev.kairos.slot.engine.Scenario.host;
import static dev.kairos.slot.engine.Scenario.local;
import static dev.kairos.slot.engine.Scenario.override;
import static dev.kairos.slot.engine.Scenario.query;
import static dev.kairos.slot.engine.Scenario.utc;
import static dev.kairos.slot.engine.Scenario.weekdays;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** DST days, far-apart zones, 24-hour schedules and overrides on DST days. */
class TimeZoneSlotsTest {

    private static final String NOW = "2024-01-01T00:00:00Z";
    private static final EventRules HOUR = EventRules.builder(60).build();

    @Test
    void springForwardInNewYorkSkipsTheMissingHour() {
        HostInput h = host("America/New_York", everyDay("01:00", "05:00"));
        List<Slot> slots = ENGINE.slots(query(NOW, "2024-03-10", "2024-03-10", "America/New_York", HOUR, h));
        assertEquals(List.of("2024-03-10T01:00", "2024-03-10T03:00", "2024-03-10T04:00"), local(slots, "America/New_York"));
        assertEquals(List.of("2024-03-10T06:00:00Z", "2024-03-10T07:00:00Z", "2024-03-10T08:00:00Z"), utc(slots));
    }

    @Test
    void fallBackInNewYorkOffersTheRepeatedHourTwice() {
        HostInput h = host("America/New_York", everyDay("00:00", "04:00"));
        List<Slot> slots = ENGINE.slots(query(NOW, "2024-11-03", "2024-11-03", "America/New_York", HOUR, h));
        assertEquals(List.of("2024-11-03T04:00:00Z", "2024-11-03T05:00:00Z", "2024-11-03T06:00:00Z",
                "2024-11-03T07:00:00Z", "2024-11-03T08:00:00Z"), utc(slots));
        assertEquals(List.of("2024-11-03T00:00", "2024-11-03T01:00", "2024-11-03T01:00", "2024-11-03T02:00",
                "2024-11-03T03:00"), local(slots, "America/New_York"));
    }

    @Test
    void workingHoursKeepTheirLocalTimeAcrossNewYorkDst() {
        HostInput h = host("America/New_York", everyDay("09:00", "17:00"));
        List<Slot> slots = ENGINE.slots(query(NOW, "2024-03-09", "2024-03-10", "America/New_York", HOUR, h));
        assertEquals("2024-03-09T14:00:00Z", slots.get(0).start().toString());
        assertEquals("2024-03-10T13:00:00Z", slots.get(8).start().toString());
        assertEquals(16, slots.size());
    }

    @Test
    void berlinDstDaysHave23And25HourlySlots() {
        HostInput h = host("Europe/Berlin", everyDay("00:00", "23:59"));
        Map<LocalDate, List<Slot>> spring = Slot.byLocalDate(
                ENGINE.slots(query(NOW, "2024-03-31", "2024-03-31", "Europe/Berlin", HOUR, h)), ZoneId.of("Europe/Berlin"));
        Map<LocalDate, List<Slot>> autumn = Slot.byLocalDate(
                ENGINE.slots(query(NOW, "2024-10-27", "2024-10-27", "Europe/Berlin", HOUR, h)), ZoneId.of("Europe/Berlin"));
        assertEquals(23, spring.get(LocalDate.parse("2024-03-31")).size());
        assertEquals(25, autumn.get(LocalDate.parse("2024-10-27")).size());
    }

    @Test
    void berlinSpringForwardWindowIsOneHourShorter() {
        HostInput h = host("Europe/Berlin", everyDay("01:00", "04:00"));
        List<Slot> slots = ENGINE.slots(query(NOW, "2024-03-31", "2024-03-31", "Europe/Berlin", HOUR, h));
        assertEquals(List.of("2024-03-31T01:00", "2024-03-31T03:00"), local(slots, "Europe/Berlin"));
    }

    @Test
    void kolkataHostSeenFromLosAngelesIsGroupedByTheViewersDate() {
        HostInput h = host("Asia/Kolkata", everyDay("09:00", "17:00"));
        SlotQuery q = query(NOW, "2024-06-11", "2024-06-11", "America/Los_Angeles", HOUR, h);
        List<Slot> slots = ENGINE.slots(q);
        assertEquals(List.of("2024-06-11T00:30", "2024-06-11T01:30", "2024-06-11T02:30", "2024-06-11T03:30",
                "2024-06-11T20:30", "2024-06-11T21:30", "2024-06-11T22:30", "2024-06-11T23:30"),
                local(slots, "America/Los_Angeles"));
        assertEquals(List.of(LocalDate.parse("2024-06-11")),
                List.copyOf(Slot.byLocalDate(slots, ZoneId.of("America/Los_Angeles")).keySet()));
        assertEquals("2024-06-12T09:00", local(slots, "Asia/Kolkata").get(4));
    }

    @Test
    void twentyFourHourScheduleRestartsTheGridEveryMidnight() {
        HostInput h = host("UTC", everyDay("00:00", "23:59"));
        List<Slot> hourly = ENGINE.slots(query(NOW, "2024-06-10", "2024-06-11", "UTC", HOUR, h));
        assertEquals(48, hourly.size());
        List<Slot> fortyFive = ENGINE.slots(query(NOW, "2024-06-10", "2024-06-11", "UTC", EventRules.builder(45).build(), h));
        assertEquals(64, fortyFive.size());
        assertEquals("2024-06-11T00:00:00Z", fortyFive.get(32).start().toString());
        HostInput max = host("UTC", new WeeklyRule(everyDay("00:00", "01:00").days(), java.time.LocalTime.MIDNIGHT,
                java.time.LocalTime.MAX));
        assertEquals(24, ENGINE.slots(query(NOW, "2024-06-10", "2024-06-10", "UTC", HOUR, max)).size());
    }

    @Test
    void overridesOnDstDaysUseThatDaysOffsets() {
        HostInput h = host(1, "America/New_York", List.of(weekdays("09:00", "17:00")),
                List.of(override("2024-03-10", "01:00", "04:00"), override("2024-11-03", "01:00", "03:00")), List.of());
        List<Slot> spring = ENGINE.slots(query(NOW, "2024-03-10", "2024-03-10", "America/New_York", HOUR, h));
        assertEquals(List.of("2024-03-10T06:00:00Z", "2024-03-10T07:00:00Z"), utc(spring));
        List<Slot> autumn = ENGINE.slots(query(NOW, "2024-11-03", "2024-11-03", "America/New_York", HOUR, h));
        assertEquals(List.of("2024-11-03T05:00:00Z", "2024-11-03T06:00:00Z", "2024-11-03T07:00:00Z"), utc(autumn));
    }

    @Test
    void dayOffOverrideOnADstDayRemovesIt() {
        HostInput h = host(1, "Europe/Berlin", List.of(everyDay("09:00", "17:00")),
                List.of(override("2024-03-31", "00:00", "00:00")), List.of());
        List<Slot> slots = ENGINE.slots(query(NOW, "2024-03-30", "2024-04-01", "Europe/Berlin", HOUR, h));
        assertEquals(16, slots.size());
        assertEquals("2024-04-01T07:00:00Z", slots.get(8).start().toString());
    }
}
