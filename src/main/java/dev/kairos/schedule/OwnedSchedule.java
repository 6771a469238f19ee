package dev.kairos.schedule;

import java.util.List;

/**
 * A snapshot of a schedule, taken inside the transaction that read or changed it, with what its
 * owner's profile says about it: whether it is their default.
 */
public record OwnedSchedule(long id, long ownerId, String name, String timeZone, List<WeeklyRule> weeklyRules,
        List<DateOverride> overrides, boolean isDefault) {

    public static OwnedSchedule of(Schedule schedule, boolean isDefault) {
        return new OwnedSchedule(schedule.id, schedule.userId, schedule.name, schedule.timeZone, schedule.weeklyRules(),
                schedule.dateOverrides(), isDefault);
    }
}
