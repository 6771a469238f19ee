package dev.kairos.organization.plan;

import dev.kairos.organization.plan.api.SubscriptionRequest;
import dev.kairos.organization.plan.api.SubscriptionResponse;
import dev.kairos.organization.plan.api.UsageResponse;
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

/** An organisation's plan and its usage; an organisation you do not belong to is 404. */
@Path("/v2/organizations/{orgId}")
@Tag(name = "Organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    private final SubscriptionService service;
    private final CallerContext caller;

    SubscriptionResource(SubscriptionService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/subscription")
    @Operation(operationId = "getOrganizationSubscription", summary = "Get the organization's plan",
            description = "For its admins and owners (403 for members) and platform administrators. "
                    + "404 also when it has no plan: an organization without one has no limits.")
    public Success<SubscriptionResponse> getOrganizationSubscription(@PathParam("orgId") long orgId) {
        return Success.of(service.get(caller.caller(), orgId));
    }

    @PUT
    @Path("/subscription")
    @Operation(operationId = "putOrganizationSubscription", summary = "Set the organization's plan",
            description = "Platform administrators only (403 for the organization's own admins and owners): creates or replaces "
                    + "the plan, 200 either way. Limits (members / bookings per month / event types): lite 1/50/3, "
                    + "starter 3/300/10, growth 10/2000/50, pro 50/20000/250, enterprise unlimited.")
    public Success<SubscriptionResponse> putOrganizationSubscription(@PathParam("orgId") long orgId,
            @Valid @NotNull SubscriptionRequest request) {
        return Success.of(service.put(caller.caller(), orgId, request));
    }

    @GET
    @Path("/usage")
    @Operation(operationId = "getOrganizationUsage", summary = "Get what the organization uses of its plan",
            description = "For its admins and owners (403 for members) and platform administrators. Members are accepted "
                    + "memberships of the organization; event types those of its users and teams; bookings those of its "
                    + "event types created this calendar month (UTC), accepted or pending, each seat of a seated booking counted.")
    public Success<UsageResponse> getOrganizationUsage(@PathParam("orgId") long orgId) {
        return Success.of(service.usage(caller.caller(), orgId));
    }
}
