package dev.kairos.webhook;

import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.webhook.api.CreateWebhookRequest;
import dev.kairos.webhook.api.UpdateWebhookRequest;
import dev.kairos.webhook.api.WebhookResponse;
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

/** The webhooks of one event type; only the event type's owner reaches them. */
@Path("/v2/event-types/{eventTypeId}/webhooks")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventTypeWebhookResource {

    private final WebhookService service;
    private final WebhookRepository webhooks;
    private final CallerContext caller;

    EventTypeWebhookResource(WebhookService service, WebhookRepository webhooks, CallerContext caller) {
        this.service = service;
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createEventTypeWebhook", summary = "Create an event type's webhook",
            description = "As POST /v2/webhooks, for the events of one of your event types.")
    @APIResponse(responseCode = "201", description = "The webhook, with its secret",
            content = @Content(schema = @Schema(implementation = WebhookResource.WebhookEnvelope.class)))
    public Response createEventTypeWebhook(@PathParam("eventTypeId") long eventTypeId, @Valid @NotNull CreateWebhookRequest request,
            UriInfo uri) {
        WebhookResponse created = service.create(owner(eventTypeId), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(Success.of(created)).build();
    }

    @GET
    @Operation(operationId = "listEventTypeWebhooks", summary = "List an event type's webhooks", description = "Oldest first; secrets masked.")
    public Page<WebhookResponse> listEventTypeWebhooks(@PathParam("eventTypeId") long eventTypeId, @BeanParam PageParams page) {
        WebhookOwner owner = owner(eventTypeId);
        int limit = page.limit();
        int offset = page.offset();
        return Page.of(webhooks.pageOfOwner(owner, offset, limit), WebhookViews::masked, offset, limit, webhooks.countOfOwner(owner));
    }

    @DELETE
    @Operation(operationId = "deleteAllEventTypeWebhooks", summary = "Delete all of an event type's webhooks",
            description = "Cal.com's DeleteManyWebhooksOutputResponseDto: data says how many were deleted.")
    public Success<String> deleteAllEventTypeWebhooks(@PathParam("eventTypeId") long eventTypeId) {
        long deleted = service.deleteAll(owner(eventTypeId));
        return Success.of(deleted + " webhooks deleted");
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEventTypeWebhook", summary = "Get an event type's webhook")
    public Success<WebhookResponse> getEventTypeWebhook(@PathParam("eventTypeId") long eventTypeId, @PathParam("id") long id) {
        WebhookOwner owner = owner(eventTypeId);
        return Success.of(WebhookViews.masked(webhooks.findOwned(id, owner).orElseThrow(() -> WebhookService.notFound(id, owner))));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateEventTypeWebhook", summary = "Update an event type's webhook")
    public Success<WebhookResponse> updateEventTypeWebhook(@PathParam("eventTypeId") long eventTypeId, @PathParam("id") long id,
            @Valid @NotNull UpdateWebhookRequest request) {
        return Success.of(service.update(owner(eventTypeId), id, request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteEventTypeWebhook", summary = "Delete an event type's webhook")
    public Success<WebhookResponse> deleteEventTypeWebhook(@PathParam("eventTypeId") long eventTypeId, @PathParam("id") long id) {
        return Success.of(service.delete(owner(eventTypeId), id));
    }

    private WebhookOwner owner(long eventTypeId) {
        return service.eventTypeOwner(caller.userId(), eventTypeId);
    }
}
