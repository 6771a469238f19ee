package dev.kairos.slot.engine;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One host as the engine sees it: the effective schedule (zone, weekly rules, overrides), what
 * blocks them and what counts towards limits.
 *
 * @param mandatory round-robin only: this host must attend every booking (Cal.com's fixed host)
 * @param groupId   round-robin only: hosts with the same group id form one group (null = the
 *                  default group); a slot needs one free host per group
 */
public record HostInput(long id, ZoneId zone, List<WeeklyRule> weekly, List<DateOverride> overrides,
                        List<BusyInterval> busy, List<CountedBooking> limitBookings,
                        boolean mandatory, String groupId) {
    public HostInput {
        Objects.requireNonNull(zone, "zone");
        weekly = List.copyOf(weekly);
        overrides = List.copyOf(overrides);
        busy = List.copyOf(busy);
        limitBookings = List.copyOf(limitBookings);
    }

    /** The same host with other busy time and bookings counted towards limits. */
    public HostInput with(List<BusyInterval> otherBusy, List<CountedBooking> otherLimitBookings) {
        return new HostInput(id, zone, weekly, overrides, otherBusy, otherLimitBookings, mandatory, groupId);
    }

    /** A host with hours and busy time only. */
    public static HostInput of(long id, ZoneId zone, List<WeeklyRule> weekly, List<DateOverride> overrides,
                               List<BusyInterval> busy) {
        return new HostInput(id, zone, weekly, overrides, busy, List.of(), false, null);
    }
}
