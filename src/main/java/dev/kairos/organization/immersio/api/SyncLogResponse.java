package dev.kairos.organization.immersio.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One sync run: running, or what it did. */
@Schema(name = "ImmersioSyncLog")
public record SyncLogResponse(
        @Schema(required = true) long id,
        @Schema(required = true, enumeration = { "courses", "students" },
                description = "students when the run synced course students, courses when it only read the course list") String syncType,
        @Schema(required = true, enumeration = { "pull", "push" }) String direction,
        @Schema(required = true, enumeration = { "manual", "scheduled" }) String trigger,
        @Schema(required = true, description = "Courses listed plus students written to whitelists") int recordsProcessed,
        @Schema(required = true, description = "Students not written and lists or pages that could not be read") int recordsFailed,
        @Schema(required = true, enumeration = { "running", "success", "partial", "failed" }) String status,
        @Schema(required = true) List<Problem> errorDetails,
        @Schema(required = true) Instant startedAt,
        @Schema(nullable = true) Instant completedAt) {

    /** Where in the run something went wrong, and what. */
    @Schema(name = "ImmersioSyncProblem")
    public record Problem(@Schema(required = true, example = "course course_abc123") String scope,
            @Schema(required = true) String message) {
    }
}
