package dev.kairos.schedule;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import dev.kairos.schedule.api.CreateScheduleRequest;
import dev.kairos.schedule.api.UpdateScheduleRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Creating, changing and deleting one's own schedules, and keeping the default schedule right. */
@ApplicationScoped
@Transactional
public class ScheduleService {

    private final ScheduleRepository schedules;
    private final Clock clock;

    ScheduleService(ScheduleRepository schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    /**
     * Creates a schedule for {@code userId}. Without availability it gets Monday to Friday
     * 09:00-17:00. It becomes the user's default when {@code isDefault} is true (the previous
     * default stops being one) and also when the user has no default yet, so a user's first
     * schedule is always their default.
     *
     * @throws ApiException 422 with one detail per problem (end before start, an impossible date,
     *                      a day off combined with hours on the same date)
     */
    public OwnedSchedule create(long userId, CreateScheduleRequest request) {
        List<ErrorDetail> problems = new ArrayList<>();
        List<WeeklyRule> rules = request.availability() == null ? HoursInput.defaultWeeklyRules()
                : HoursInput.weeklyRules(request.availability(), problems);
        List<DateOverride> overrides = request.overrides() == null ? List.of() : HoursInput.overrides(request.overrides(), problems);
        refuseIfAny(problems);
        Schedule schedule = new Schedule(userId, request.name().trim(), request.timeZone(), clock.instant());
        schedule.replaceWeeklyRules(rules);
        schedule.replaceOverrides(overrides);
        schedules.persist(schedule);
        if (request.isDefault()) {
            schedules.makeDefault(userId, schedule.id);
        } else {
            schedules.makeDefaultIfNone(userId, schedule.id);
        }
        schedules.flush();
        return owned(userId, schedule);
    }

    /**
     * Applies the fields sent: {@code availability} and {@code overrides} replace the whole list
     * when present. {@code isDefault: true} makes it the default; {@code false} changes nothing,
     * as in Cal.com (a user keeps a default until another schedule takes over).
     *
     * @throws ApiException 404 when the schedule is not the user's, 422 as for {@link #create}
     */
    public OwnedSchedule update(long userId, long scheduleId, UpdateScheduleRequest request) {
        // Locked so that concurrent updates replace the rules one after the other, never interleaved.
        Schedule schedule = schedules.lockOwned(scheduleId, userId).orElseThrow(() -> notFound(scheduleId));
        List<ErrorDetail> problems = new ArrayList<>();
        List<WeeklyRule> rules = request.availability() == null ? null : HoursInput.weeklyRules(request.availability(), problems);
        List<DateOverride> overrides = request.overrides() == null ? null : HoursInput.overrides(request.overrides(), problems);
        refuseIfAny(problems);
        if (request.name() != null) {
            schedule.name = request.name().trim();
        }
        if (request.timeZone() != null) {
            schedule.timeZone = request.timeZone();
        }
        if (rules != null) {
            schedule.replaceWeeklyRules(rules);
        }
        if (overrides != null) {
            schedule.replaceOverrides(overrides);
        }
        if (Boolean.TRUE.equals(request.isDefault())) {
            schedules.makeDefault(userId, scheduleId);
        }
        schedule.updatedAt = clock.instant();
        return owned(userId, schedule);
    }

    /**
     * Deletes the schedule and returns it as it was. When it was the user's default, the user is
     * left without one until they mark another (Cal.com does the same); event types that name no
     * schedule then have no hours.
     *
     * @throws ApiException 404 when it is not the user's; 409 naming the event types that use it,
     *                      directly or for one of their hosts
     */
    public OwnedSchedule delete(long userId, long scheduleId) {
        Schedule schedule = schedules.lockOwned(scheduleId, userId).orElseThrow(() -> notFound(scheduleId));
        List<Long> eventTypes = schedules.eventTypesUsing(scheduleId);
        if (!eventTypes.isEmpty()) {
            String ids = eventTypes.stream().map(String::valueOf).collect(Collectors.joining(", "));
            throw ApiException.conflict("Schedule " + scheduleId + " is used by event type" + (eventTypes.size() > 1 ? "s " : " ") + ids
                    + "; give them another schedule (or remove it from their hosts) before deleting it");
        }
        OwnedSchedule deleted = owned(userId, schedule);
        schedules.delete(schedule);
        return deleted;
    }

    private OwnedSchedule owned(long userId, Schedule schedule) {
        return OwnedSchedule.of(schedule, Objects.equals(schedules.defaultScheduleIdOf(userId), schedule.id));
    }

    static ApiException notFound(long scheduleId) {
        return ApiException.notFound("No schedule " + scheduleId + " of yours exists");
    }

    private static void refuseIfAny(List<ErrorDetail> problems) {
        if (!problems.isEmpty()) {
            String summary = problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; "));
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid schedule: " + summary, problems, Map.of());
        }
    }
}
