package dev.kairos.oauth.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fresh access token and the refresh token that replaces the one spent (Cal.com's KeysResponseDto data). */
@Schema(name = "OAuthTokens")
public record TokensResponse(
        @Schema(required = true, description = "A JWT; send it as Authorization: Bearer") String accessToken,
        @Schema(required = true, description = "Epoch milliseconds") long accessTokenExpiresAt,
        @Schema(required = true, description = "Works once") String refreshToken,
        @Schema(required = true, description = "Epoch milliseconds") long refreshTokenExpiresAt) {
}
