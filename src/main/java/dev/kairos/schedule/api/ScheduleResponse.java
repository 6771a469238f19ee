package dev.kairos.schedule.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kairos.schedule.OwnedSchedule;
import dev.kairos.schedule.TimeWindow;
import dev.kairos.schedule.WeeklyRule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A schedule, Cal.com's {@code ScheduleOutput_2024_06_11}. Rules and overrides come back
 * normalised (merged windows; see {@code HoursMerger}); the end of the day is written {@code 23:59}
 * as Cal.com does, and a day off as {@code 00:00}-{@code 00:00}.
 */
@Schema(name = "ScheduleOutput")
public record ScheduleResponse(
        @Schema(required = true) long id,
        @Schema(required = true) long ownerId,
        @Schema(required = true) String name,
        @Schema(required = true, example = "Europe/Rome") String timeZone,
        @Schema(required = true) List<ScheduleAvailabilityInput> availability,
        @JsonProperty("isDefault") @Schema(required = true) boolean isDefault,
        @Schema(required = true) List<ScheduleOverrideInput> overrides) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final String MIDNIGHT = "00:00";

    public static ScheduleResponse from(OwnedSchedule owned) {
        List<ScheduleAvailabilityInput> availability = owned.weeklyRules().stream().map(ScheduleResponse::rule).toList();
        List<ScheduleOverrideInput> overrides = new ArrayList<>();
        owned.overrides().forEach(override -> {
            if (override.dayOff()) {
                overrides.add(new ScheduleOverrideInput(override.date().toString(), MIDNIGHT, MIDNIGHT));
            }
            for (TimeWindow window : override.windows()) {
                overrides.add(new ScheduleOverrideInput(override.date().toString(), time(window.start()), time(window.end())));
            }
        });
        return new ScheduleResponse(owned.id(), owned.ownerId(), owned.name(), owned.timeZone(), availability,
                owned.isDefault(), overrides);
    }

    private static ScheduleAvailabilityInput rule(WeeklyRule rule) {
        List<String> days = rule.days().stream().sorted().map(ScheduleResponse::dayName).toList();
        return new ScheduleAvailabilityInput(days, time(rule.start()), time(rule.end()));
    }

    /** The end of the day goes out as 23:59, the form Cal.com writes and its clients expect. */
    private static String time(LocalTime time) {
        return time.equals(LocalTime.MAX) ? "23:59" : HH_MM.format(time);
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
