package dev.kairos.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
}
