package dev.kairos.eventtype;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** Display only: the booking page's layouts (Cal.com {@code bookerLayouts}). */
public record BookerLayouts(@NotNull @Pattern(regexp = LAYOUT, message = MESSAGE) String defaultLayout,
        @NotEmpty List<@NotNull @Pattern(regexp = LAYOUT, message = MESSAGE) String> enabledLayouts) {

    static final String LAYOUT = "month|week|column";
    static final String MESSAGE = "must be month, week or column";
}
