package dev.kairos.eventtype;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Display only: the event type's colours on booking pages. */
public record EventTypeColor(@NotNull @Pattern(regexp = HEX, message = MESSAGE) String lightThemeHex,
        @NotNull @Pattern(regexp = HEX, message = MESSAGE) String darkThemeHex) {

    static final String HEX = "#[0-9A-Fa-f]{6}";
    static final String MESSAGE = "must be a colour like #292929";
}
