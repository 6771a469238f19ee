package dev.kairos.oauth.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/oauth-clients} (Cal.com's CreateOAuthClientInput, the fields Kairos uses). */
public record CreateOAuthClientRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Immersio") String name,
        @NotNull @Size(max = 20) @Schema(required = true, description = "Absolute http or https URLs",
                example = "[\"https://app.example.com/oauth/callback\"]") List<String> redirectUris,
        @NotNull @Size(min = 1, max = 11) @Schema(required = true, description = "Cal.com permission names: EVENT_TYPE_READ, "
                + "EVENT_TYPE_WRITE, BOOKING_READ, BOOKING_WRITE, SCHEDULE_READ, SCHEDULE_WRITE, APPS_READ, APPS_WRITE, PROFILE_READ, "
                + "PROFILE_WRITE, or * for all", example = "[\"BOOKING_READ\", \"BOOKING_WRITE\"]") List<String> permissions) {
}
