package dev.kairos.schedule.api;

import dev.kairos.platform.time.IanaTimeZone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /v2/schedules}, Cal.com's {@code CreateScheduleInput_2024_06_11}. Without
 * {@code availability} the schedule is Monday to Friday 09:00-17:00; an empty list means no weekly
 * hours (only overrides).
 */
public record CreateScheduleRequest(
        @NotNull @Size(min = 1, max = 100) @Pattern(regexp = ScheduleFields.NOT_BLANK, message = "must not be blank")
        @Schema(required = true, example = "Working hours") String name,
        @NotNull @IanaTimeZone @Schema(required = true, example = "Europe/Rome") String timeZone,
        @NotNull @Schema(required = true, description = "Make this the default schedule, used by event types that name none. "
                + "A user's first schedule becomes the default whatever this says.") Boolean isDefault,
        @Valid @Size(max = ScheduleFields.MAX_RULES)
        @Schema(description = "Weekly hours; overlapping or touching windows of a day are merged. Default: Monday-Friday 09:00-17:00")
        List<@NotNull ScheduleAvailabilityInput> availability,
        @Valid @Size(max = ScheduleFields.MAX_OVERRIDES)
        @Schema(description = "Dates whose hours replace the weekly hours") List<@NotNull ScheduleOverrideInput> overrides) {
}
