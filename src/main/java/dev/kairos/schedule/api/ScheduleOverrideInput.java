package dev.kairos.schedule.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Cal.com's {@code ScheduleOverrideInput_2024_06_11}: on {@code date} the schedule is available
 * from {@code startTime} to {@code endTime} instead of its weekly hours. Several overrides on one
 * date are several windows; {@code 00:00}-{@code 00:00} makes the whole date unavailable and cannot
 * be combined with other windows on that date.
 */
@Schema(name = "ScheduleOverrideInput")
public record ScheduleOverrideInput(
        @NotNull @Pattern(regexp = ScheduleFields.DATE, message = ScheduleFields.DATE_MESSAGE)
        @Schema(required = true, example = "2025-12-24", format = "date") String date,
        @NotNull @Pattern(regexp = ScheduleFields.START_TIME, message = ScheduleFields.START_TIME_MESSAGE)
        @Schema(required = true, example = "12:00", pattern = ScheduleFields.START_TIME) String startTime,
        @NotNull @Pattern(regexp = ScheduleFields.END_TIME, message = ScheduleFields.END_TIME_MESSAGE)
        @Schema(required = true, example = "13:00", pattern = ScheduleFields.END_TIME) String endTime) {
}
