package dev.kairos.schedule.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Cal.com's {@code ScheduleAvailabilityInput_2024_06_11}: on each of {@code days}, available from
 * {@code startTime} to {@code endTime} in the schedule's zone. An end of {@code 23:59} or
 * {@code 24:00} means until midnight; responses write the end of the day as {@code 23:59}, as
 * Cal.com does.
 */
@Schema(name = "ScheduleAvailabilityInput")
public record ScheduleAvailabilityInput(
        @NotEmpty @Size(max = 7)
        @Schema(required = true, example = "[\"Monday\", \"Tuesday\"]", description = "Days of the week: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday")
        List<@NotNull @Pattern(regexp = ScheduleFields.DAY, message = ScheduleFields.DAY_MESSAGE) String> days,
        @NotNull @Pattern(regexp = ScheduleFields.START_TIME, message = ScheduleFields.START_TIME_MESSAGE)
        @Schema(required = true, example = "09:00", pattern = ScheduleFields.START_TIME) String startTime,
        @NotNull @Pattern(regexp = ScheduleFields.END_TIME, message = ScheduleFields.END_TIME_MESSAGE)
        @Schema(required = true, example = "17:00", pattern = ScheduleFields.END_TIME) String endTime) {
}
