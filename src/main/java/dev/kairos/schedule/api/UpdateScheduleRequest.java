package dev.kairos.schedule.api;

import dev.kairos.platform.time.IanaTimeZone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /v2/schedules/{id}}, Cal.com's {@code UpdateScheduleInput_2024_06_11}: only the
 * fields sent change; {@code availability} and {@code overrides}, when sent, replace the whole list.
 * {@code isDefault: false} changes nothing (as in Cal.com): make another schedule the default instead.
 */
public record UpdateScheduleRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = ScheduleFields.NOT_BLANK, message = "must not be blank")
        @Schema(example = "Working hours") String name,
        @IanaTimeZone @Schema(example = "Europe/Rome") String timeZone,
        Boolean isDefault,
        @Valid @Size(max = ScheduleFields.MAX_RULES) List<@NotNull ScheduleAvailabilityInput> availability,
        @Valid @Size(max = ScheduleFields.MAX_OVERRIDES) List<@NotNull ScheduleOverrideInput> overrides) {
}
