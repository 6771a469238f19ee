package dev.kairos.webhook;

import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.webhook.api.CreateWebhookRequest;
import dev.kairos.webhook.api.DeliveryReference;
import dev.kairos.webhook.api.DeliveryResponse;
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

@Path("/v2/webhooks")
@Tag(name = "Webhooks", description = "Signed, retried, replayable event deliveries to your endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookService service;
    private final DeliveryService deliveryService;
    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final CallerContext caller;

    WebhookResource(WebhookService service, DeliveryService deliveryService, WebhookRepository webhooks, DeliveryRepository deliveries,
            CallerContext caller) {
        this.service = service;
        this.deliveryService = deliveryService;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Create a webhook",
            description = "The subscriber URL must be https to a public address (see KAIROS_WEBHOOKS_ALLOW_PRIVATE_TARGETS); "
                    + "409 when you already have a webhook for it. The secret (generated when absent) is shown only here.")
    @APIResponse(responseCode = "201", description = "The webhook, with its secret",
            content = @Content(schema = @Schema(implementation = WebhookEnvelope.class)))
    public Response createWebhook(@Valid @NotNull CreateWebhookRequest request, UriInfo uri) {
        WebhookResponse created = service.create(WebhookOwner.user(caller.userId()), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(Success.of(created)).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List my webhooks", description = "Oldest first; secrets masked.")
    public Page<WebhookResponse> listWebhooks(@BeanParam PageParams page) {
        WebhookOwner owner = WebhookOwner.user(caller.userId());
        int limit = page.limit();
        int offset = page.offset();
        return Page.of(webhooks.pageOfOwner(owner, offset, limit), WebhookViews::masked, offset, limit, webhooks.countOfOwner(owner));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook", description = "The secret is masked.")
    public Success<WebhookResponse> getWebhook(@PathParam("id") long id) {
        WebhookOwner owner = WebhookOwner.user(caller.userId());
        return Success.of(WebhookViews.masked(webhooks.findOwned(id, owner).orElseThrow(() -> WebhookService.notFound(id, owner))));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateWebhook", summary = "Update a webhook",
            description = "Only the fields sent change; an empty payloadTemplate removes the template.")
    public Success<WebhookResponse> updateWebhook(@PathParam("id") long id, @Valid @NotNull UpdateWebhookRequest request) {
        return Success.of(service.update(WebhookOwner.user(caller.userId()), id, request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook", description = "Also deletes its delivery log. Returns the deleted webhook.")
    public Success<WebhookResponse> deleteWebhook(@PathParam("id") long id) {
        return Success.of(service.delete(WebhookOwner.user(caller.userId()), id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's deliveries",
            description = "Newest first: status, attempts, last response code, timings and the next attempt. "
                    + "Works for your webhooks and your event types' webhooks.")
    public Page<DeliveryResponse> listWebhookDeliveries(@PathParam("id") long id, @BeanParam PageParams page) {
        Webhook webhook = deliveryService.reachable(caller.userId(), id);
        int limit = page.limit();
        int offset = page.offset();
        return Page.of(deliveries.pageOfWebhook(webhook.id, offset, limit), WebhookViews::delivery, offset, limit,
                deliveries.countOfWebhook(webhook.id));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again",
            description = "Queues a new delivery with the same body and webhook-id; returns its id.")
    @APIResponse(responseCode = "200", description = "The queued delivery",
            content = @Content(schema = @Schema(implementation = DeliveryEnvelope.class)))
    public Success<DeliveryReference> replayWebhookDelivery(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return Success.of(new DeliveryReference(deliveryService.replay(caller.userId(), id, deliveryId)));
    }

    @POST
    @Path("/{id}/ping")
    @Operation(operationId = "pingWebhook", summary = "Send a test event",
            description = "Queues a PING delivery (sent even to an inactive webhook); follow it in the delivery log.")
    @APIResponse(responseCode = "200", description = "The queued delivery",
            content = @Content(schema = @Schema(implementation = DeliveryEnvelope.class)))
    public Success<DeliveryReference> pingWebhook(@PathParam("id") long id) {
        return Success.of(new DeliveryReference(deliveryService.ping(caller.userId(), id)));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "WebhookEnvelope")
    public record WebhookEnvelope(@Schema(enumeration = "success") String status, WebhookResponse data) {
    }

    /** Documents the shape of the ping and replay bodies. */
    @Schema(name = "DeliveryReferenceEnvelope")
    public record DeliveryEnvelope(@Schema(enumeration = "success") String status, DeliveryReference data) {
    }
}
