package dev.kairos.slot;

import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.eventtype.EventTypeRules.Host;
import dev.kairos.eventtype.IntervalLimits;
import dev.kairos.schedule.HostSchedule;
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
import dev.kairos.slot.engine.SchedulingType;
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
        return load(eventType, now, rangeStart, rangeEnd, viewer, duration, exclusions, false, false);
    }

    /**
     * The question for the booking check of {@code start} alone: busy time is read only where it can
     * change that answer ({@link SlotEngine#checkDataRange}), often the start's working hours alone.
     */
    SlotQuery loadForCheck(EventTypeRules eventType, Instant now, Instant start, ZoneId viewer, Integer duration, Exclusions exclusions) {
        return load(eventType, now, start, start, viewer, duration, exclusions, true, false);
    }

    /** {@link #loadForCheck}, locking the hosts' time ({@link HostLocks}) just before their busy time is read. */
    SlotQuery lockAndLoadForCheck(EventTypeRules eventType, Instant now, Instant start, ZoneId viewer, Integer duration,
            Exclusions exclusions) {
        return load(eventType, now, start, start, viewer, duration, exclusions, true, true);
    }

    private SlotQuery load(EventTypeRules eventType, Instant now, Instant rangeStart, Instant rangeEnd, ZoneId viewer,
            Integer duration, Exclusions exclusions, boolean check, boolean lock) {
        List<Host> hosts = eventType.hosts();
        Map<Long, ScheduleAvailability> hours = hours(eventType, hosts);
        // Users matter only for a host without hours (their zone) or for limits and range windows (zone, week start).
        boolean needsUsers = hours.size() < hosts.size() || eventType.bookingWindow() != null && eventType.bookingWindow().isRange()
                || !isEmpty(eventType.bookingLimitsCount()) || !isEmpty(eventType.bookingLimitsDuration());
        Map<Long, User> people = needsUsers ? users(hosts) : Map.of();
        Long firstId = hosts.isEmpty() ? null : hosts.get(0).userId();
        User first = firstId == null ? null : people.get(firstId);
        ZoneId zone = firstId != null && hours.containsKey(firstId) ? hours.get(firstId).zone()
                : first != null ? ZoneId.of(first.timeZone) : ZoneOffset.UTC;
        DayOfWeek weekStart = first == null ? DayOfWeek.MONDAY : DayOfWeek.valueOf(first.weekStart.toUpperCase(Locale.ROOT));
        EventRules rules = rules(eventType, weekStart, zone);
        SlotQuery shape = new SlotQuery(now, rangeStart, rangeEnd, viewer, rules, List.of(), duration);
        if (hosts.isEmpty()) {
            return shape;
        }
        List<HostInput> hoursOnly = new ArrayList<>(hosts.size());
        for (Host host : hosts) {
            hoursOnly.add(input(eventType, host, hours.get(host.userId()), people, List.of(), List.of()));
        }
        SlotEngine.Range range = check ? SlotEngine.checkDataRange(shape.withHosts(hoursOnly), rangeStart) : SlotEngine.dataRange(shape);
        List<Long> hostIds = eventType.hostIds();

        Map<Long, List<BusyInterval>> busy = new HashMap<>();
        BusyTimeRepository.Busy found = busyTime.busyTime(hostIds, eventType.id(), range.start(), range.end(), now,
                exclusions.bookingUid(), exclusions.reservationUid(), eventType.isSeated(), lock);
        for (BusyTimeRepository.BookedTime booked : found.bookings()) {
            busy.computeIfAbsent(booked.hostId(), id -> new ArrayList<>()).add(toBusy(booked, eventType));
        }
        for (BusyTimeRepository.ReservedTime reserved : found.reservations()) {
            // A seated slot stays open to other bookers while one of them holds a reservation.
            if (!(eventType.isSeated() && reserved.eventTypeId() == eventType.id())) {
                BusyInterval held = BusyInterval.of(reserved.start(), reserved.end());
                for (long id : reserved.hostId() == BusyTimeRepository.ALL_HOSTS ? hostIds : List.of(reserved.hostId())) {
                    busy.computeIfAbsent(id, x -> new ArrayList<>()).add(held);
                }
            }
        }
        Map<Long, List<CountedBooking>> counted = countedBookings(eventType, hostIds, range, exclusions.bookingUid());

        List<HostInput> inputs = new ArrayList<>(hosts.size());
        for (int i = 0; i < hosts.size(); i++) {
            long id = hosts.get(i).userId();
            inputs.add(hoursOnly.get(i).with(busy.getOrDefault(id, List.of()), counted.getOrDefault(id, List.of())));
        }
        return shape.withHosts(inputs);
    }

    /** A host as the engine sees them: their hours (none, in their own zone, when they have no schedule) and what blocks them. */
    private static HostInput input(EventTypeRules eventType, Host host, ScheduleAvailability own, Map<Long, User> people,
            List<BusyInterval> busy, List<CountedBooking> counted) {
        long id = host.userId();
        boolean mandatory = !eventType.isRoundRobin() || host.mandatory();
        return own == null
                ? new HostInput(id, ZoneId.of(people.get(id).timeZone), List.of(), List.of(), busy, counted, mandatory, host.groupId())
                : new HostInput(id, own.zone(), weekly(own), overrides(own), busy, counted, mandatory, host.groupId());
    }

    /** Each host's hours, keyed by user id; a host without hours (no default schedule) has no entry. */
    private Map<Long, ScheduleAvailability> hours(EventTypeRules eventType, List<Host> hosts) {
        if (!eventType.isTeam()) {
            // One round trip on the hot path of personal slots and bookings.
            return hosts.isEmpty() ? Map.of() : schedules.forUser(hosts.get(0).userId(), eventType.scheduleId())
                    .map(h -> Map.of(hosts.get(0).userId(), h)).orElse(Map.of());
        }
        return schedules.forUsers(hosts.stream().map(h -> new HostSchedule(h.userId(), h.scheduleId())).toList());
    }

    private Map<Long, User> users(List<Host> hosts) {
        Map<Long, User> found = new HashMap<>();
        users.list("id in ?1", hosts.stream().map(Host::userId).toList()).forEach(u -> found.put(u.id, u));
        return found;
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
                .schedulingType(!e.isTeam() ? SchedulingType.PERSONAL
                        : e.isRoundRobin() ? SchedulingType.ROUND_ROBIN : SchedulingType.COLLECTIVE)
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
