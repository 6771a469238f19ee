package dev.kairos.user.api;

import dev.kairos.platform.time.IanaTimeZone;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /v2/me}: only the fields sent change. */
public record UpdateMeRequest(
        @Size(min = 1, max = 100) String name,
        @IanaTimeZone @Schema(example = "America/New_York") String timeZone,
        @Pattern(regexp = UserFields.LOCALE, message = UserFields.LOCALE_MESSAGE) String locale,
        @Schema(enumeration = { "12", "24" }) Integer timeFormat,
        @Pattern(regexp = UserFields.WEEKDAY, message = "must be a day of the week such as Monday") String weekStart,
        @Positive Long defaultScheduleId) {
}
