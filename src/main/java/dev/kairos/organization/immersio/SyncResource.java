package dev.kairos.organization.immersio;

import dev.kairos.organization.immersio.api.SyncLogResponse;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.pagination.PageParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

/** Course syncs asked for now, and the logs of every run. */
@Path("/v2/organizations/{orgId}")
@Tag(name = "Immersio integration")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    private final SyncService service;
    private final CallerContext caller;

    SyncResource(SyncService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("/sync")
    @Operation(operationId = "syncImmersio", summary = "Sync Immersio courses and students now",
            description = "Admins and owners of the organization. Starts a run in the background and answers at once with its log "
                    + "(status running; Location points at it). One run per organization at a time: 409 names the running one. "
                    + "409 too when the organization has no integration. 503 SERVICE_UNAVAILABLE with Retry-After (seconds) when "
                    + "this instance already runs as many syncs as it may at once (KAIROS_IMMERSIO_MAX_CONCURRENT_RUNS): nothing was "
                    + "started; ask again after that wait.")
    @APIResponse(responseCode = "202", description = "The run's log, to poll",
            content = @Content(schema = @Schema(implementation = SyncLogEnvelope.class)))
    public Response syncImmersio(@PathParam("orgId") long orgId, UriInfo uri) {
        SyncLogResponse started = service.trigger(caller.caller(), orgId);
        return Response.accepted(Success.of(started))
                .location(uri.getBaseUriBuilder().path("v2/organizations").path(Long.toString(orgId)).path("sync-logs")
                        .path(Long.toString(started.id())).build())
                .build();
    }

    @GET
    @Path("/sync-logs")
    @Operation(operationId = "listImmersioSyncLogs", summary = "List the organization's sync logs",
            description = "Admins and owners of the organization; newest first.")
    public Page<SyncLogResponse> listImmersioSyncLogs(@PathParam("orgId") long orgId, @BeanParam PageParams page) {
        return service.page(caller.caller(), orgId, page);
    }

    @GET
    @Path("/sync-logs/{logId}")
    @Operation(operationId = "getImmersioSyncLog", summary = "Get one sync log", description = "Poll it while the run's status is running.")
    public Success<SyncLogResponse> getImmersioSyncLog(@PathParam("orgId") long orgId, @PathParam("logId") long logId) {
        return Success.of(service.log(caller.caller(), orgId, logId));
    }

    /** Documents the shape of the 202 body. */
    @Schema(name = "ImmersioSyncLogEnvelope")
    public record SyncLogEnvelope(@Schema(enumeration = "success") String status, SyncLogResponse data) {
    }
}
