package dev.kairos.organization.immersio;

import dev.kairos.organization.immersio.api.IntegrationResponse;
import dev.kairos.organization.immersio.api.UpdateIntegrationRequest;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Success;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's Immersio integration (API.md, Partners). */
@Path("/v2/organizations/{orgId}/integrations/immersio")
@Tag(name = "Immersio integration", description = "Partner course sync: connection, course mappings, sync runs and their logs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    private final IntegrationService service;
    private final CallerContext caller;

    IntegrationResource(IntegrationService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @Operation(operationId = "putImmersioIntegration", summary = "Create or change the organization's Immersio integration",
            description = "Admins and owners of the organization. apiKey and webhookSecret are write-only and stored encrypted: "
                    + "omit them to keep the stored values (apiKey is required the first time); an empty webhookSecret removes it. "
                    + "baseUrl must be https to a public host unless KAIROS_WEBHOOKS_ALLOW_PRIVATE_TARGETS allows otherwise.")
    public Success<IntegrationResponse> putImmersioIntegration(@PathParam("orgId") long orgId,
            @Valid @NotNull UpdateIntegrationRequest request) {
        return Success.of(service.put(caller.caller(), orgId, request));
    }

    @GET
    @Operation(operationId = "getImmersioIntegration", summary = "Get the organization's Immersio integration",
            description = "Admins and owners of the organization; 404 when it has none. Shows whether the secrets are set, never them.")
    public Success<IntegrationResponse> getImmersioIntegration(@PathParam("orgId") long orgId) {
        return Success.of(service.get(caller.caller(), orgId));
    }
}
