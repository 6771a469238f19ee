package dev.kairos.eventtype.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many whitelist entries a {@code DELETE} removed. */
public record WhitelistRemovalResponse(@Schema(required = true) long removed) {
}
