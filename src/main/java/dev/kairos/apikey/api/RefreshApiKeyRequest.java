package dev.kairos.apikey.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/api-keys/refresh}, Cal.com's {@code RefreshApiKeyInput}. */
public record RefreshApiKeyRequest(
        @Min(1) @Max(3650) @Schema(description = "Days the new key is valid (default 30)", defaultValue = "30") Integer apiKeyDaysValid,
        @Schema(description = "When true the new key never expires") Boolean apiKeyNeverExpires) {
}
