package dev.kairos.oauth;

import dev.kairos.oauth.api.CreateManagedUserRequest;
import dev.kairos.oauth.api.ManagedUserResponse;
import dev.kairos.oauth.api.ManagedUserTokensResponse;
import dev.kairos.oauth.api.TokensResponse;
import dev.kairos.platform.auth.PublicOperation;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.openapi.PlatformOpenApiFilter;
import dev.kairos.platform.pagination.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A client's managed users, authenticated by the client's id and secret in headers instead of an
 * API key (as in Cal.com), so no bearer credential is needed.
 */
@Path("/v2/oauth-clients/{clientId}/users")
@Tag(name = "OAuth clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PublicOperation
public class ManagedUserResource {

    private final ManagedUserService service;
    private final AuthenticatedClient client;

    ManagedUserResource(ManagedUserService service, AuthenticatedClient client) {
        this.service = service;
        this.client = client;
    }

    @POST
    @ClientAuthenticated
    @Extension(name = PlatformOpenApiFilter.CLIENT_CREDENTIALS, value = PlatformOpenApiFilter.CLIENT_ID_AND_SECRET)
    @Operation(operationId = "createManagedUser", summary = "Create a managed user",
            description = "A MEMBER of the client's organization, with an access token (a JWT, valid for "
                    + "KAIROS_OAUTH_ACCESS_TOKEN_TTL) and a refresh token. 409 when the email is taken.")
    @APIResponse(responseCode = "201", description = "The user and their tokens",
            content = @Content(schema = @Schema(implementation = ManagedUserEnvelope.class)))
    public Response createManagedUser(@PathParam("clientId") String clientId,
            @Valid @NotNull CreateManagedUserRequest request) {
        ManagedUserTokensResponse created = service.create(client.get(), request);
        return Response.status(Response.Status.CREATED).entity(Success.of(created)).build();
    }

    @GET
    @ClientAuthenticated
    @Extension(name = PlatformOpenApiFilter.CLIENT_CREDENTIALS, value = PlatformOpenApiFilter.CLIENT_ID_AND_SECRET)
    @Operation(operationId = "listManagedUsers", summary = "List the client's managed users", description = "Oldest first.")
    public Page<ManagedUserResponse> listManagedUsers(@PathParam("clientId") String clientId, @BeanParam PageParams page) {
        return service.page(client.get(), page);
    }

    @POST
    @Path("/{userId}/force-refresh")
    @ClientAuthenticated
    @Extension(name = PlatformOpenApiFilter.CLIENT_CREDENTIALS, value = PlatformOpenApiFilter.CLIENT_ID_AND_SECRET)
    @Operation(operationId = "forceRefreshManagedUser", summary = "Replace a managed user's tokens",
            description = "Every token the user holds from this client stops working; a new pair is returned "
                    + "(for a lost refresh token). 404 for a user the client does not manage.")
    public Success<TokensResponse> forceRefreshManagedUser(@PathParam("clientId") String clientId, @PathParam("userId") long userId) {
        return Success.of(service.forceRefresh(client.get(), userId));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "ManagedUserEnvelope")
    public record ManagedUserEnvelope(@Schema(enumeration = "success") String status, ManagedUserTokensResponse data) {
    }
}
