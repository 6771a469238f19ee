package dev.kairos.eventtype.api;

import jakarta.validation.constraints.NotNull;

/** Partner workshop whitelist (API.md, Partners): while enabled only listed emails may book. */
public record WhitelistInput(@NotNull Boolean enabled) {
}
