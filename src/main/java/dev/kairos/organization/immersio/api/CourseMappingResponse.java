package dev.kairos.organization.immersio.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course of the partner linked to an event type of the organisation. */
@Schema(name = "ImmersioCourseMapping")
public record CourseMappingResponse(
        @Schema(required = true) long id,
        @Schema(required = true) String courseId,
        @Schema(nullable = true, description = "As Immersio last listed it; null until a sync has seen the course") String courseName,
        @Schema(required = true) long eventTypeId,
        @Schema(required = true) boolean syncStudents,
        @Schema(nullable = true) Instant lastStudentSyncAt,
        @Schema(required = true) Instant createdAt) {
}
