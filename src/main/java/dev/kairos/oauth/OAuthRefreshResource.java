package dev.kairos.oauth;

import dev.kairos.oauth.api.RefreshTokenRequest;
import dev.kairos.oauth.api.TokensResponse;
import dev.kairos.platform.auth.PublicOperation;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.openapi.PlatformOpenApiFilter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Spends a refresh token, authenticated by the client's secret in a header (Cal.com's {@code /v2/oauth/{clientId}/refresh}). */
@Path("/v2/oauth/{clientId}/refresh")
@Tag(name = "OAuth clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PublicOperation
public class OAuthRefreshResource {

    private final TokenService tokens;
    private final AuthenticatedClient client;

    OAuthRefreshResource(TokenService tokens, AuthenticatedClient client) {
        this.tokens = tokens;
        this.client = client;
    }

    @POST
    @ClientAuthenticated(clientIdHeader = false)
    @Extension(name = PlatformOpenApiFilter.CLIENT_CREDENTIALS, value = PlatformOpenApiFilter.SECRET_ONLY)
    @Operation(operationId = "refreshOAuthTokens", summary = "Refresh a managed user's tokens",
            description = "Returns a new access token and a new refresh token; the refresh token sent works once. Sending a "
                    + "spent one again revokes every token issued from it (401).")
    public Success<TokensResponse> refreshOAuthTokens(@PathParam("clientId") String clientId,
            @Valid @NotNull RefreshTokenRequest request) {
        return Success.of(tokens.refresh(client.get(), request.refreshToken()));
    }
}
