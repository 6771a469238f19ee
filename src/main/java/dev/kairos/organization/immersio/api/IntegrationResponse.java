package dev.kairos.organization.immersio.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's Immersio integration; the secrets are never shown, only whether they are set. */
@Schema(name = "ImmersioIntegration")
public record IntegrationResponse(
        @Schema(required = true) long organizationId,
        @Schema(required = true) String baseUrl,
        @Schema(required = true) boolean apiKeySet,
        @Schema(description = "The API key's last four characters, so you can tell which key is stored", nullable = true) String apiKeyLast4,
        @Schema(required = true) boolean webhookSecretSet,
        @Schema(required = true) boolean syncEnabled,
        @Schema(required = true, enumeration = { "pending", "syncing", "success", "partial", "failed" },
                description = "pending until the first sync ends") String syncStatus,
        @Schema(nullable = true, description = "What went wrong in the last sync, in one line") String syncErrorMessage,
        @Schema(nullable = true, description = "When the last sync ended") Instant lastSyncAt,
        @Schema(nullable = true, description = "The sync log of the running or last sync") Long lastSyncLogId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
