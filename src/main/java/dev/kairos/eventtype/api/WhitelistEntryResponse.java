package dev.kairos.eventtype.api;

import dev.kairos.eventtype.WhitelistEntry;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One whitelist entry; {@code addedByUserId} is null once that user is deleted, and for entries a
 * course sync added.
 */
public record WhitelistEntryResponse(@Schema(required = true) long id, @Schema(required = true) String email, String name,
        String externalStudentId, Long addedByUserId,
        @Schema(required = true, enumeration = { "manual", "sync" },
                description = "manual: added through this API; sync: added by an Immersio course sync, which updates and removes only these")
        String source,
        @Schema(required = true) Instant createdAt, @Schema(required = true) Instant updatedAt) {

    public static WhitelistEntryResponse from(WhitelistEntry entry) {
        return new WhitelistEntryResponse(entry.id, entry.email, entry.name, entry.externalStudentId, entry.addedByUserId,
                entry.source, entry.createdAt, entry.updatedAt);
    }
}
