package dev.kairos.oauth.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new managed user with their first tokens (Cal.com's CreateManagedUserOutput data). */
@Schema(name = "ManagedUserWithTokens")
public record ManagedUserTokensResponse(
        @Schema(required = true) ManagedUserResponse user,
        @Schema(required = true) String accessToken,
        @Schema(required = true, description = "Epoch milliseconds") long accessTokenExpiresAt,
        @Schema(required = true) String refreshToken,
        @Schema(required = true, description = "Epoch milliseconds") long refreshTokenExpiresAt) {

    public static ManagedUserTokensResponse of(ManagedUserResponse user, TokensResponse tokens) {
        return new ManagedUserTokensResponse(user, tokens.accessToken(), tokens.accessTokenExpiresAt(), tokens.refreshToken(),
                tokens.refreshTokenExpiresAt());
    }
}
