package dev.kairos.eventtype.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a whitelist import; checked as a whole list, so that every bad entry is named at once. */
public record WhitelistEntryInput(
        @Schema(required = true, example = "ada@example.com", description = "Compared case-insensitively; stored lower-cased") String email,
        @Schema(maxLength = 255, example = "Ada Lovelace") String name,
        @Schema(maxLength = 255, example = "stu_123", description = "The partner's id for this student (the ERD's immersio_student_id)")
        String externalStudentId) {
}
