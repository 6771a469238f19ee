package dev.kairos.eventtype;

import dev.kairos.eventtype.EventTypeResource.EventTypeEnvelope;
import dev.kairos.eventtype.api.CreateEventTypeRequest;
import dev.kairos.eventtype.api.DeletedEventTypeResponse;
import dev.kairos.eventtype.api.EventTypeResponse;
import dev.kairos.eventtype.api.UpdateEventTypeRequest;
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

@Path("/v2/teams/{teamId}/event-types")
@Tag(name = "Team event types", description = "Event types hosted by a team: collective (every host attends) or round robin (one host is assigned)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamEventTypeResource {

    private final TeamEventTypeService service;
    private final CallerContext caller;

    TeamEventTypeResource(TeamEventTypeService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createTeamEventType", summary = "Create a team event type",
            description = "Team admins and owners. schedulingType is required; hosts must be accepted members of the team.")
    @APIResponse(responseCode = "201", description = "The event type",
            content = @Content(schema = @Schema(implementation = EventTypeEnvelope.class)))
    public Response createTeamEventType(@PathParam("teamId") long teamId, @Valid @NotNull CreateEventTypeRequest request, UriInfo uri) {
        EventType eventType = service.create(caller.caller(), teamId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(eventType.id)).build())
                .entity(Success.of(service.view(eventType))).build();
    }

    @GET
    @Operation(operationId = "listTeamEventTypes", summary = "List a team's event types", description = "Any member of the team; hidden ones too.")
    public Page<EventTypeResponse> listTeamEventTypes(@PathParam("teamId") long teamId, @BeanParam PageParams page) {
        return Page.of(service.list(caller.caller(), teamId, page.offset(), page.limit()), service::view, page.offset(), page.limit(),
                service.count(teamId));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTeamEventType", summary = "Get a team event type", description = "Any member of the team.")
    public Success<EventTypeResponse> getTeamEventType(@PathParam("teamId") long teamId, @PathParam("id") long id) {
        return Success.of(service.view(service.get(caller.caller(), teamId, id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateTeamEventType", summary = "Update a team event type",
            description = "Team admins and owners. Only the fields sent change; hosts, when sent, replaces the host list.")
    public Success<EventTypeResponse> updateTeamEventType(@PathParam("teamId") long teamId, @PathParam("id") long id,
            @Valid @NotNull UpdateEventTypeRequest request) {
        return Success.of(service.view(service.update(caller.caller(), teamId, id, request)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteTeamEventType", summary = "Delete a team event type",
            description = "Team admins and owners. Its bookings remain, without an event type.")
    public Success<DeletedEventTypeResponse> deleteTeamEventType(@PathParam("teamId") long teamId, @PathParam("id") long id) {
        return Success.of(DeletedEventTypeResponse.from(service.delete(caller.caller(), teamId, id)));
    }
}
