package dev.kairos.slot;

import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.eventtype.IntervalLimits;
import dev.kairos.schedule.ScheduleAvailability;
import dev.kairos.schedule.ScheduleAvailabilityReader;
import dev.kairos.schedule.TimeWindow;
import dev.kairos.slot.engine.BookingWindow;
import dev.kairos.slot.engine.BusyInterval;
import dev.kairos.slot.engine.CountedBooking;
import dev.kairos.slot.engine.DateOverride;
import dev.kairos.slot.engine.EventRules;
import dev.kairos.slot.engine.HostInput;
import dev.kairos.slot.engine.LimitPeriod;
import dev.kairos.slot.engine.SlotEngine;
import dev.kairos.slot.engine.SlotQuery;
import dev.kairos.slot.engine.WeeklyRule;
import dev.kairos.user.User;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the slot engine's question from the database: the event type's rules, each host's
 * schedule (the event type's, else the host's default), and everything that keeps the hosts busy.
 * The same question serves {@code GET /v2/slots} and the check before a reservation or booking,
 * so a listed slot is bookable and an unlisted one is refused.
 */
@ApplicationScoped
class AvailabilityLoader {

    private final ScheduleAvailabilityReader schedules;
    private final BusyTimeRepository busyTime;
    private final UserRepository users;

    AvailabilityLoader(ScheduleAvailabilityReader schedules, BusyTimeRepository busyTime, UserRepository users) {
        this.schedules = schedules;
        this.busyTime = busyTime;
        this.users = users;
    }

    /**
     * @param exclusions the booking being rescheduled and the caller's own reservation, which must
     *                   not block the caller
     */
    SlotQuery load(EventTypeRules eventType, Instant now, Instant rangeStart, Instant rangeEnd, ZoneId viewer, Integer duration,
            Exclusions exclusions) {
        long hostId = eventType.ownerUserId();
        ScheduleAvailability hours = schedules.forUser(hostId, eventType.scheduleId()).orElse(null);
        // The host's own zone and week start matter only without a schedule or with limits: skip the read otherwise.
        boolean needsUser = hours == null || eventType.bookingWindow() != null && eventType.bookingWindow().isRange()
                || !isEmpty(eventType.bookingLimitsCount()) || !isEmpty(eventType.bookingLimitsDuration());
        User host = needsUser ? users.findById(hostId) : null;
        ZoneId hostZone = hours != null ? hours.zone() : ZoneId.of(host.timeZone);
        DayOfWeek weekStart = host == null ? DayOfWeek.MONDAY : DayOfWeek.valueOf(host.weekStart.toUpperCase(Locale.ROOT));
        EventRules rules = rules(eventType, weekStart, hostZone);
        SlotQuery shape = new SlotQuery(now, rangeStart, rangeEnd, viewer, rules, List.of(), duration);
        SlotEngine.Range range = SlotEngine.dataRange(shape);
        List<Long> hostIds = List.of(hostId);

        Map<Long, List<BusyInterval>> busy = new HashMap<>();
        BusyTimeRepository.Busy found = busyTime.busyTime(hostIds, range.start(), range.end(), now, exclusions.bookingUid(),
                exclusions.reservationUid());
        for (BusyTimeRepository.BookedTime booked : found.bookings()) {
            busy.computeIfAbsent(booked.hostId(), id -> new ArrayList<>()).add(toBusy(booked, eventType));
        }
        for (BusyTimeRepository.ReservedTime reserved : found.reservations()) {
            // A seated slot stays open to other bookers while one of them holds a reservation.
            if (!(eventType.isSeated() && reserved.eventTypeId() == eventType.id())) {
                busy.computeIfAbsent(reserved.hostId(), id -> new ArrayList<>()).add(BusyInterval.of(reserved.start(), reserved.end()));
            }
        }
        Map<Long, List<CountedBooking>> counted = countedBookings(eventType, hostIds, range, exclusions.bookingUid());

        HostInput input = hours == null
                ? new HostInput(hostId, hostZone, List.of(), List.of(), busy.getOrDefault(hostId, List.of()),
                        counted.getOrDefault(hostId, List.of()), false, null)
                : new HostInput(hostId, hours.zone(), weekly(hours), overrides(hours), busy.getOrDefault(hostId, List.of()),
                        counted.getOrDefault(hostId, List.of()), false, null);
        return new SlotQuery(now, rangeStart, rangeEnd, viewer, rules, List.of(input), duration);
    }

    /** What must not count as busy for this caller. */
    record Exclusions(String bookingUid, String reservationUid) {
    }

    private static BusyInterval toBusy(BusyTimeRepository.BookedTime booked, EventTypeRules eventType) {
        int before = (int) ChronoUnit.MINUTES.between(booked.busyStart(), booked.start());
        int after = (int) ChronoUnit.MINUTES.between(booked.end(), booked.busyEnd());
        boolean joinable = booked.seated() && eventType.isSeated() && Long.valueOf(eventType.id()).equals(booked.eventTypeId());
        return joinable
                ? BusyInterval.seated(booked.start(), booked.end(), before, after, booked.bookingUid(), booked.seatsTaken())
                : BusyInterval.booking(booked.start(), booked.end(), before, after);
    }

    /** Bookings of this event type in every limit period the range touches (a year each side covers them all). */
    private Map<Long, List<CountedBooking>> countedBookings(EventTypeRules eventType, List<Long> hostIds, SlotEngine.Range range,
            String excludedUid) {
        Map<Long, List<CountedBooking>> counted = new HashMap<>();
        if (isEmpty(eventType.bookingLimitsCount()) && isEmpty(eventType.bookingLimitsDuration())) {
            return counted;
        }
        Instant from = range.start().atZone(ZoneOffset.UTC).minusYears(1).toInstant();
        Instant to = range.end().atZone(ZoneOffset.UTC).plusYears(1).toInstant();
        for (BusyTimeRepository.BookedTime booked : busyTime.countedBookings(eventType.id(), hostIds, from, to, excludedUid)) {
            counted.computeIfAbsent(booked.hostId(), id -> new ArrayList<>()).add(new CountedBooking(booked.start(), booked.end()));
        }
        return counted;
    }

    private static EventRules rules(EventTypeRules e, DayOfWeek weekStart, ZoneId hostZone) {
        EventRules.Builder rules = EventRules.builder(e.lengthInMinutes())
                .lengthOptions(e.lengthInMinutesOptions())
                .slotInterval(e.slotInterval())
                .minimumNotice(e.minimumBookingNotice())
                .beforeBuffer(e.beforeEventBuffer())
                .afterBuffer(e.afterEventBuffer())
                .offsetStart(e.offsetStart())
                .onlyShowFirstAvailableSlot(e.onlyShowFirstAvailableSlot())
                .seatsPerTimeSlot(e.seatsPerTimeSlot())
                .limitWeekStart(weekStart)
                .bookingWindow(window(e.bookingWindow(), hostZone));
        limits(e.bookingLimitsCount()).forEach(rules::countLimit);
        limits(e.bookingLimitsDuration()).forEach(rules::durationLimit);
        return rules.build();
    }

    private static BookingWindow window(dev.kairos.eventtype.BookingWindow window, ZoneId hostZone) {
        if (window == null) {
            return null;
        }
        if (window.isRange()) {
            return BookingWindow.range(window.rangeStart(), window.rangeEnd(), hostZone);
        }
        return window.isBusinessDays() ? BookingWindow.businessDays(window.days(), window.rolling())
                : BookingWindow.calendarDays(window.days(), window.rolling());
    }

    private static Map<LimitPeriod, Integer> limits(IntervalLimits limits) {
        Map<LimitPeriod, Integer> byPeriod = new HashMap<>();
        if (limits != null) {
            putIfSet(byPeriod, LimitPeriod.DAY, limits.day());
            putIfSet(byPeriod, LimitPeriod.WEEK, limits.week());
            putIfSet(byPeriod, LimitPeriod.MONTH, limits.month());
            putIfSet(byPeriod, LimitPeriod.YEAR, limits.year());
        }
        return byPeriod;
    }

    private static void putIfSet(Map<LimitPeriod, Integer> byPeriod, LimitPeriod period, Integer value) {
        if (value != null) {
            byPeriod.put(period, value);
        }
    }

    private static boolean isEmpty(IntervalLimits limits) {
        return limits == null || limits.isEmpty();
    }

    private static List<WeeklyRule> weekly(ScheduleAvailability hours) {
        return hours.weeklyRules().stream().map(rule -> new WeeklyRule(rule.days(), rule.start(), rule.end())).toList();
    }

    private static List<DateOverride> overrides(ScheduleAvailability hours) {
        List<DateOverride> overrides = new ArrayList<>();
        for (dev.kairos.schedule.DateOverride override : hours.overrides()) {
            if (override.dayOff()) {
                overrides.add(new DateOverride(override.date(), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
            }
            for (TimeWindow window : override.windows()) {
                overrides.add(new DateOverride(override.date(), window.start(), window.end()));
            }
        }
        return overrides;
    }
}
