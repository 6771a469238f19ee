package dev.kairos.eventtype;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the slot engine and booking creation need to know about an event type, as plain
 * values (no persistence types). All durations are minutes.
 *
 * @param ownerUserId              the host of a personal event type; null for team event types
 * @param teamId                   the owning team; null for personal event types
 * @param schedulingType           collective, roundRobin or managed for team event types; null otherwise
 * @param scheduleId               the schedule to use; null = the host's default schedule
 * @param lengthInMinutesOptions   the lengths a booker may choose; empty = only {@code lengthInMinutes}
 * @param slotInterval             minutes between slot starts; null = the length
 * @param bookingWindow            how far ahead bookings are allowed; null = no limit
 * @param bookingLimitsCount       bookings per day/week/month/year; null = no limit
 * @param bookingLimitsDuration    minutes booked per day/week/month/year; null = no limit
 * @param seatsPerTimeSlot         seats per slot; null = not seated
 * @param confirmationPolicy       when bookings wait for the host; null = accepted straight away
 * @param blockUnconfirmedBookings whether pending bookings block their slot
 * @param recurrence               the series a booking creates; null = single bookings
 * @param bookingFields            the whole booking form, default fields included
 * @param price                    minor units (cents) per booking or seat
 * @param hosts                    who hosts it: the owner of a personal event type, the hosts of a team one
 */
public record EventTypeRules(long id, Long ownerUserId, Long teamId, String schedulingType, String title, String slug,
        Long scheduleId, int lengthInMinutes, List<Integer> lengthInMinutesOptions, Integer slotInterval,
        int minimumBookingNotice, int beforeEventBuffer, int afterEventBuffer, int offsetStart,
        BookingWindow bookingWindow, IntervalLimits bookingLimitsCount, IntervalLimits bookingLimitsDuration,
        boolean onlyShowFirstAvailableSlot, Integer seatsPerTimeSlot, boolean seatsShowAttendees,
        boolean seatsShowAvailabilityCount, ConfirmationPolicy confirmationPolicy, boolean blockUnconfirmedBookings,
        Recurrence recurrence, boolean hidden, boolean disableGuests, List<Location> locations,
        List<BookingField> bookingFields, int price, String currency, boolean whitelistEnabled, Integer refundWindowHours,
        Integer cancellationNoticeHours, Map<String, Object> metadata, List<Host> hosts) {

    /**
     * One host. For a personal event type the owner, mandatory, with the event type's schedule.
     *
     * @param scheduleId null = the host's default schedule
     * @param groupId    round-robin host group; null = the default group
     */
    public record Host(long userId, boolean mandatory, String priority, int weight, String groupId, Long scheduleId) {
    }

    static List<Host> ownerAsHost(EventType e) {
        return List.of(new Host(e.ownerUserId, true, "medium", 100, null, e.scheduleId));
    }

    static EventTypeRules of(EventType e, List<Host> hosts) {
        return new EventTypeRules(e.id, e.ownerUserId, e.teamId, e.schedulingType, e.title, e.slug, e.scheduleId,
                e.lengthInMinutes, e.lengthOptions(), e.slotInterval, e.minimumBookingNotice, e.beforeEventBuffer,
                e.afterEventBuffer, e.offsetStart, e.bookingWindow, e.bookingLimitsCount, e.bookingLimitsDuration,
                e.onlyShowFirstAvailableSlot, e.seatsPerTimeSlot, e.seatsShowAttendees, e.seatsShowAvailabilityCount,
                e.confirmationPolicy, e.blockUnconfirmedBookings, e.recurrence, e.hidden, e.disableGuests,
                List.copyOf(e.locations), BookingFormRules.effective(e.bookingFields, e.disableGuests), e.price, e.currency,
                e.whitelistEnabled, e.refundWindowHours, e.cancellationNoticeHours, Collections.unmodifiableMap(new LinkedHashMap<>(e.metadata)),
                List.copyOf(hosts));
    }

    public boolean isTeam() {
        return teamId != null;
    }

    public boolean isRoundRobin() {
        return "roundRobin".equals(schedulingType);
    }

    /** The host ids, in host order. */
    public List<Long> hostIds() {
        return hosts.stream().map(Host::userId).toList();
    }

    public boolean isSeated() {
        return seatsPerTimeSlot != null;
    }

    public boolean requiresConfirmation() {
        return confirmationPolicy != null;
    }

    /** Minutes between slot starts. */
    public int effectiveSlotInterval() {
        return slotInterval != null ? slotInterval : lengthInMinutes;
    }

    /** Whether a booker may book {@code minutes}: the length, or one of the options. */
    public boolean allowsLength(int minutes) {
        return minutes == lengthInMinutes || lengthInMinutesOptions.contains(minutes);
    }

    /**
     * Whether a booking made {@code untilStart} before its start waits for the host: always with
     * type {@code always}; with type {@code time}, when it is made within the notice threshold.
     */
    public boolean needsConfirmation(Duration untilStart) {
        if (confirmationPolicy == null) {
            return false;
        }
        if (ConfirmationPolicy.TIME.equals(confirmationPolicy.type()) && confirmationPolicy.noticeThreshold() != null) {
            return untilStart.toMinutes() < confirmationPolicy.noticeThreshold().minutes();
        }
        return true;
    }
}
