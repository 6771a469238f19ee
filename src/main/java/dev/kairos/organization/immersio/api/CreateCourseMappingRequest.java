package dev.kairos.organization.immersio.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/organizations/{orgId}/course-mappings}. */
public record CreateCourseMappingRequest(
        @NotBlank @Size(max = 255)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:~-]*", message = "must be an Immersio course id: letters, digits and . _ : ~ - only")
        @Schema(required = true, example = "course_abc123") String courseId,
        @NotNull @Schema(required = true, description = "An event type of the organization: of one of its users or teams") Long eventTypeId,
        @Schema(defaultValue = "true", description = "Whether a sync puts the course's students on the event type's whitelist")
        Boolean syncStudents) {
}
