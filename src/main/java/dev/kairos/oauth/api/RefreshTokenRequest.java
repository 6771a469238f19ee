package dev.kairos.oauth.api;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/oauth/{clientId}/refresh}. */
public record RefreshTokenRequest(@NotBlank @Schema(required = true) String refreshToken) {
}
