package dev.kairos.eventtype;

import dev.kairos.eventtype.api.ImportWhitelistRequest;
import dev.kairos.eventtype.api.WhitelistEntryResponse;
import dev.kairos.eventtype.api.WhitelistImportResponse;
import dev.kairos.eventtype.api.WhitelistRemovalResponse;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.platform.request.BulkBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workshop whitelist of one event type (API.md, Partners). */
@Path("/v2/event-types/{eventTypeId}/whitelist")
@Tag(name = "Event types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WhitelistResource {

    private final Whitelist whitelist;
    private final WhitelistRepository entries;
    private final CallerContext caller;

    WhitelistResource(Whitelist whitelist, WhitelistRepository entries, CallerContext caller) {
        this.whitelist = whitelist;
        this.entries = entries;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listWhitelist", summary = "List an event type's whitelist",
            description = "By email. The event type's owner, or any member of the team that owns it.")
    public Page<WhitelistEntryResponse> listWhitelist(@PathParam("eventTypeId") long eventTypeId, @BeanParam PageParams page) {
        whitelist.requireReader(caller.caller(), eventTypeId);
        int offset = page.offset();
        int limit = page.limit();
        return Page.of(entries.pageOf(eventTypeId, offset, limit), WhitelistEntryResponse::from, offset, limit,
                entries.countOf(eventTypeId));
    }

    @POST
    @Operation(operationId = "importWhitelist", summary = "Add or update whitelist entries",
            description = "Up to 10,000 entries per call (bodies up to 10 MB, where other operations take 1 MB), matched by email case-insensitively. All or nothing: one invalid "
                    + "entry refuses the call (422, naming each bad entry). An omitted name or externalStudentId keeps "
                    + "the stored one. The event type's owner, or an admin or owner of its team.")
    @APIResponse(responseCode = "201", description = "How many emails were added and how many updated",
            content = @Content(schema = @Schema(implementation = WhitelistImportEnvelope.class)))
    @BulkBody
    public Response importWhitelist(@PathParam("eventTypeId") long eventTypeId, @Valid @NotNull ImportWhitelistRequest request) {
        WhitelistImportResponse done = whitelist.importEntries(caller.caller(), eventTypeId, request);
        return Response.status(Response.Status.CREATED).entity(Success.of(done)).build();
    }

    @DELETE
    @Operation(operationId = "deleteWhitelist", summary = "Remove one email, or every entry, from the whitelist",
            description = "With ?email= that entry (404 if it is not on the list); without, all of them.")
    public Success<WhitelistRemovalResponse> deleteWhitelist(@PathParam("eventTypeId") long eventTypeId,
            @Parameter(description = "The email to remove, in any case") @QueryParam("email") String email, UriInfo uri) {
        // "?email=" arrives as null like no parameter at all; it must not empty the list.
        if (uri.getQueryParameters().containsKey("email") && (email == null || email.isBlank())) {
            throw ApiException.invalidRequest("email is empty: pass ?email=<address> to remove one entry, or no email to remove all");
        }
        long removed = email == null ? whitelist.removeAll(caller.caller(), eventTypeId) : whitelist.remove(caller.caller(), eventTypeId, email);
        return Success.of(new WhitelistRemovalResponse(removed));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "WhitelistImportEnvelope")
    public record WhitelistImportEnvelope(@Schema(enumeration = "success") String status, WhitelistImportResponse data) {
    }
}
