package dev.kairos.eventtype.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did: emails new to the whitelist, and emails already on it whose entries were updated. */
public record WhitelistImportResponse(@Schema(required = true) long added, @Schema(required = true) long updated) {
}
