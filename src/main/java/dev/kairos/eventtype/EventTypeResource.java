package dev.kairos.eventtype;

import dev.kairos.eventtype.EventTypeService.Listing;
import dev.kairos.eventtype.api.CreateEventTypeRequest;
import dev.kairos.eventtype.api.DeletedEventTypeResponse;
import dev.kairos.eventtype.api.EventTypeResponse;
import dev.kairos.eventtype.api.UpdateEventTypeRequest;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.auth.PublicOperation;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.user.User;
import dev.kairos.user.UserRepository;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/event-types")
@Tag(name = "Event types", description = "What can be booked, and the rules for booking it (Cal.com 2024-06-14)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventTypeResource {

    private final EventTypeService service;
    private final EventTypeRepository eventTypes;
    private final UserRepository users;
    private final CallerContext caller;

    EventTypeResource(EventTypeService service, EventTypeRepository eventTypes, UserRepository users, CallerContext caller) {
        this.service = service;
        this.eventTypes = eventTypes;
        this.users = users;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createEventType", summary = "Create an event type")
    @APIResponse(responseCode = "201", description = "The event type",
            content = @Content(schema = @Schema(implementation = EventTypeEnvelope.class)))
    public Response createEventType(@Valid @NotNull CreateEventTypeRequest request, UriInfo uri) {
        EventType eventType = service.create(caller.userId(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(eventType.id)).build())
                .entity(Success.of(EventTypeResponse.from(eventType, me()))).build();
    }

    @GET
    @PublicOperation
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "listEventTypes", summary = "List event types",
            description = "With an API key and no username: all of your event types, hidden ones included. With "
                    + "?username= (no key needed): that user's listed event types; add eventSlug= for one of them.")
    public Page<EventTypeResponse> listEventTypes(
            @Parameter(description = "Whose public event types to list") @QueryParam("username") String username,
            @Parameter(description = "Only the event type with this slug (with username)") @QueryParam("eventSlug") String eventSlug,
            @BeanParam PageParams page) {
        Long callerId = caller.caller() != null && caller.caller().authenticated() ? caller.userId() : null;
        Listing listing = service.list(callerId, username, eventSlug, page.offset(), page.limit());
        return Page.of(listing.items(), e -> EventTypeResponse.from(e, listing.owner()), page.offset(), page.limit(),
                listing.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEventType", summary = "Get one of your event types", description = "Hidden ones too.")
    public Success<EventTypeResponse> getEventType(@PathParam("id") long id) {
        EventType eventType = eventTypes.findOwnedBy(id, caller.userId())
                .orElseThrow(() -> ApiException.notFound("No event type " + id));
        return Success.of(EventTypeResponse.from(eventType, me()));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateEventType", summary = "Update an event type",
            description = "Only the fields sent change; send {\"disabled\": true} to switch off a nested setting.")
    public Success<EventTypeResponse> updateEventType(@PathParam("id") long id, @Valid @NotNull UpdateEventTypeRequest request) {
        return Success.of(EventTypeResponse.from(service.update(caller.userId(), id, request), me()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteEventType", summary = "Delete an event type",
            description = "Its bookings remain, without an event type.")
    public Success<DeletedEventTypeResponse> deleteEventType(@PathParam("id") long id) {
        return Success.of(DeletedEventTypeResponse.from(service.delete(caller.userId(), id)));
    }

    private User me() {
        return users.findByIdOptional(caller.userId()).orElseThrow();
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "EventTypeEnvelope")
    public record EventTypeEnvelope(@Schema(enumeration = "success") String status, EventTypeResponse data) {
    }
}
