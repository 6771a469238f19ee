package dev.kairos.apikey.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /v2/api-keys/{id}}: the name (owner) and per-key rate limits (platform administrators). */
public record UpdateApiKeyRequest(
        @Size(max = 100) String name,
        @Schema(description = "Per route class (BOOKINGS_CREATE, SLOTS, BOOKINGS_GET, WEBHOOKS_CREATE, DEFAULT); "
                + "a class set to null goes back to the installation's default")
        Map<String, @Valid Limit> rateLimits) {

    public record Limit(@NotNull @Min(1) @Max(1_000_000) Integer perMinute, @NotNull @Min(1) @Max(1_000_000) Integer burst) {
    }
}
