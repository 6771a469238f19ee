package dev.kairos.apikey.api;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/api-keys}. */
public record CreateApiKeyRequest(
        @Size(max = 100) @Schema(example = "Production booking widget") String name,
        @Schema(description = "When the key stops working; never when absent", example = "2026-12-31T23:59:59Z") OffsetDateTime expiresAt,
        @Positive @Schema(description = "Create the key for another user (platform administrators only)") Long userId) {
}
