package dev.kairos.apikey;

import dev.kairos.apikey.api.ApiKeyResponse;
import dev.kairos.apikey.api.CreateApiKeyRequest;
import dev.kairos.apikey.api.RefreshApiKeyRequest;
import dev.kairos.apikey.api.RefreshedApiKey;
import dev.kairos.apikey.api.UpdateApiKeyRequest;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.pagination.PageParams;
import jakarta.validation.Valid;
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

@Path("/v2/api-keys")
@Tag(name = "API keys", description = "Keys that authenticate calls as their owner")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final ApiKeyService service;
    private final ApiKeyRepository keys;
    private final CallerContext caller;

    ApiKeyResource(ApiKeyService service, ApiKeyRepository keys, CallerContext caller) {
        this.service = service;
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "The response is the only time the key itself is shown; Kairos keeps only its SHA-256 hash.")
    @APIResponse(responseCode = "201", description = "The key, with its plaintext",
            content = @Content(schema = @Schema(implementation = ApiKeyEnvelope.class)))
    public Response createApiKey(@Valid CreateApiKeyRequest request, UriInfo uri) {
        ApiKeyService.Created created = service.create(caller.caller(),
                request == null ? new CreateApiKeyRequest(null, null, null) : request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.key().id)).build())
                .entity(Success.of(ApiKeyResponse.withPlaintext(created.key(), created.value().plaintext()))).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List my API keys", description = "Never includes the keys themselves.")
    public Page<ApiKeyResponse> listApiKeys(@BeanParam PageParams page) {
        long owner = caller.userId();
        int limit = page.limit();
        int offset = page.offset();
        return Page.of(keys.pageOfOwner(owner, offset, limit), ApiKeyResponse::from, offset, limit, keys.countOfOwner(owner));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateApiKey", summary = "Rename a key or set its rate limits",
            description = "rateLimits may be changed by platform administrators only.")
    public Success<ApiKeyResponse> updateApiKey(@PathParam("id") long id, @Valid UpdateApiKeyRequest request) {
        UpdateApiKeyRequest changes = request == null ? new UpdateApiKeyRequest(null, null) : request;
        return Success.of(ApiKeyResponse.from(service.update(caller.caller(), id, changes)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "It fails from the next request on.")
    public Success<ApiKeyResponse> revokeApiKey(@PathParam("id") long id) {
        return Success.of(ApiKeyResponse.from(service.revoke(caller.userId(), id)));
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshApiKey", summary = "Replace the key used for this call",
            description = "Returns a new key with the same name; the key that made the call stops working.")
    public Success<RefreshedApiKey> refreshApiKey(@Valid RefreshApiKeyRequest request) {
        ApiKeyService.Created created = service.refresh(caller.caller(),
                request == null ? new RefreshApiKeyRequest(null, null) : request);
        return Success.of(new RefreshedApiKey(created.value().plaintext()));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "ApiKeyEnvelope")
    public record ApiKeyEnvelope(@Schema(enumeration = "success") String status, ApiKeyResponse data) {
    }
}
