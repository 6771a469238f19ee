package dev.kairos.oauth;

import dev.kairos.oauth.api.CreateOAuthClientRequest;
import dev.kairos.oauth.api.OAuthClientResponse;
import dev.kairos.oauth.api.UpdateOAuthClientRequest;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.pagination.PageParams;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's OAuth clients, for its admins and owners (with an API key); another organisation's is 404. */
@Path("/v2/oauth-clients")
@Tag(name = "OAuth clients", description = "Partner applications of an organization, which create managed users and hold their tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OAuthClientResource {

    private final OAuthClientService service;
    private final CallerContext caller;

    OAuthClientResource(OAuthClientService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createOAuthClient", summary = "Create an OAuth client",
            description = "For admins and owners of an organization; the client belongs to it. The secret is shown only in "
                    + "this response (Kairos keeps its SHA-256). 403 for a caller without an organization.")
    @APIResponse(responseCode = "201", description = "The client, with its secret",
            content = @Content(schema = @Schema(implementation = OAuthClientEnvelope.class)))
    public Response createOAuthClient(@Valid @NotNull CreateOAuthClientRequest request, UriInfo uri) {
        OAuthClientService.Created created = service.create(caller.caller(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.client().clientId).build())
                .entity(Success.of(OAuthClientResponse.withSecret(created.client(), created.secret()))).build();
    }

    @GET
    @Operation(operationId = "listOAuthClients", summary = "List the organization's OAuth clients",
            description = "Oldest first; never with their secrets.")
    public Page<OAuthClientResponse> listOAuthClients(@BeanParam PageParams page) {
        return service.page(caller.caller(), page);
    }

    @GET
    @Path("/{clientId}")
    @Operation(operationId = "getOAuthClient", summary = "Get an OAuth client")
    public Success<OAuthClientResponse> getOAuthClient(@PathParam("clientId") String clientId) {
        return Success.of(OAuthClientResponse.from(service.get(caller.caller(), clientId)));
    }

    @PATCH
    @Path("/{clientId}")
    @Operation(operationId = "updateOAuthClient", summary = "Change an OAuth client",
            description = "Permissions taken away stop working for tokens already issued from the next request on.")
    public Success<OAuthClientResponse> updateOAuthClient(@PathParam("clientId") String clientId,
            @Valid @NotNull UpdateOAuthClientRequest request) {
        return Success.of(OAuthClientResponse.from(service.update(caller.caller(), clientId, request)));
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(operationId = "deleteOAuthClient", summary = "Delete an OAuth client",
            description = "Every access and refresh token it issued stops working at once; its managed users stay members "
                    + "of the organization.")
    public Success<OAuthClientResponse> deleteOAuthClient(@PathParam("clientId") String clientId) {
        return Success.of(OAuthClientResponse.from(service.delete(caller.caller(), clientId)));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "OAuthClientEnvelope")
    public record OAuthClientEnvelope(@Schema(enumeration = "success") String status, OAuthClientResponse data) {
    }
}
