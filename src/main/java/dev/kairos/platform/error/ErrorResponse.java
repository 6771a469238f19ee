package dev.kairos.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The error envelope every failing request gets, on every endpoint. */
@Schema(name = "ErrorResponse", description = "The envelope of every error")
public record ErrorResponse(
        @Schema(enumeration = "error", required = true) String status,
        @Schema(required = true, example = "2025-11-15T14:05:23.000Z") String timestamp,
        @Schema(required = true, example = "/v2/bookings") String path,
        @Schema(required = true, example = "3f1e2d4c-5b6a-4789-8abc-def012345678") String requestId,
        @Schema(required = true) Body error) {

    @Schema(name = "ErrorBody")
    public record Body(
            @Schema(required = true, example = "VALIDATION_ERROR") ErrorCode code,
            @Schema(required = true, example = "Invalid value for email: must be a well-formed email address") String message,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ErrorDetail> details) {
    }
}
