package dev.kairos.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a host's hours for the slot engine and the booking check, as plain records with no
 * persistence types.
 */
@ApplicationScoped
public class ScheduleAvailabilityReader {

    private final ScheduleRepository schedules;

    ScheduleAvailabilityReader(ScheduleRepository schedules) {
        this.schedules = schedules;
    }

    /**
     * The hours of {@code scheduleId} or, when it is null (an event type or host that names no
     * schedule), of the user's default schedule.
     *
     * @return empty when the user has no default schedule, or when {@code scheduleId} is not one of
     *         the user's schedules: either way the user has no available time
     */
    @Transactional
    public Optional<ScheduleAvailability> forUser(long userId, Long scheduleId) {
        Long id = scheduleId != null ? scheduleId : schedules.defaultScheduleIdOf(userId);
        if (id == null) {
            return Optional.empty();
        }
        return schedules.findOwned(id, userId).map(Schedule::toAvailability);
    }

    /**
     * {@link #forUser} for many hosts at once (team event types) in a fixed number of queries,
     * whatever the number of hosts.
     *
     * @return the hours keyed by user id; a user without hours (no default schedule, or a named
     *         schedule that is not theirs) has no entry
     */
    @Transactional
    public Map<Long, ScheduleAvailability> forUsers(Collection<HostSchedule> hosts) {
        Map<Long, Long> wanted = new HashMap<>();
        hosts.stream().filter(host -> host.scheduleId() != null).forEach(host -> wanted.put(host.userId(), host.scheduleId()));
        List<Long> withoutSchedule = hosts.stream().filter(host -> host.scheduleId() == null).map(HostSchedule::userId)
                .filter(id -> !wanted.containsKey(id)).distinct().toList();
        wanted.putAll(schedules.defaultScheduleIdsOf(withoutSchedule));
        Map<Long, ScheduleAvailability> hours = new HashMap<>();
        for (Schedule schedule : schedules.findByIds(wanted.values())) {
            if (schedule.id.equals(wanted.get(schedule.userId))) {
                hours.put(schedule.userId, schedule.toAvailability());
            }
        }
        return hours;
    }
}
