package dev.kairos.eventtype.api;

/** Whether only whitelisted emails may book (API.md, Partners). */
public record WhitelistResponse(boolean enabled) {
}
