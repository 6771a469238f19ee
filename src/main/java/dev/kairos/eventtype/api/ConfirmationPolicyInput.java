package dev.kairos.eventtype.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code confirmationPolicy}; {@code {"disabled": true}} accepts bookings straight away. */
public record ConfirmationPolicyInput(
        @Pattern(regexp = "always|time", message = "must be always or time") String type,
        @Valid NoticeThresholdInput noticeThreshold, Boolean blockUnconfirmedBookingsInBooker, Boolean disabled) {

    /** With {@code type: time}: bookings made less than this before the start need confirmation. */
    public record NoticeThresholdInput(
            @NotNull @Pattern(regexp = "minutes|hours", message = "must be minutes or hours") String unit,
            @NotNull @Min(1) @Max(525600) Integer count) {
    }
}
