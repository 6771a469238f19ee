package dev.kairos.organization.immersio.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PUT /v2/organizations/{orgId}/integrations/immersio}. The secrets are write-only: an
 * omitted one keeps the stored value, so a client can change the URL or switch sync on and off
 * without sending the key again.
 */
public record UpdateIntegrationRequest(
        @NotBlank @Size(max = 2048)
        @Schema(required = true, example = "https://api.immersio.example",
                description = "Absolute https URL of the partner API (http and internal hosts only where KAIROS_WEBHOOKS_ALLOW_PRIVATE_TARGETS allows them)")
        String baseUrl,
        @Size(min = 8, max = 1024) @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII without spaces")
        @Schema(description = "Write-only; required when the integration is created, kept when omitted. Stored encrypted.")
        String apiKey,
        @Size(max = 1024) @Pattern(regexp = "[\\x21-\\x7E]*", message = "must be printable ASCII without spaces")
        @Schema(description = "Write-only; kept when omitted, removed when empty. Stored encrypted.")
        String webhookSecret,
        @Schema(description = "Whether the scheduled sync runs for this organization (default false)") Boolean syncEnabled) {
}
