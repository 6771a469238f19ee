package dev.kairos.organization;

import dev.kairos.organization.api.CreateOrganizationRequest;
import dev.kairos.organization.api.CreateOrganizationUserRequest;
import dev.kairos.organization.api.OrganizationResponse;
import dev.kairos.organization.api.OrganizationUserResponse;
import dev.kairos.organization.api.UpdateOrganizationUserRequest;
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

/** Organisations and their users; an organisation you do not belong to is 404. */
@Path("/v2/organizations")
@Tag(name = "Organizations", description = "Tenants: platform administrators create them, their admins manage users and teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService service;
    private final OrganizationUserService userService;
    private final CallerContext caller;

    OrganizationResource(OrganizationService service, OrganizationUserService userService, CallerContext caller) {
        this.service = service;
        this.userService = userService;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createOrganization", summary = "Create an organization",
            description = "Platform administrators only. 409 when an organization or a top-level team has the slug.")
    @APIResponse(responseCode = "201", description = "The organization",
            content = @Content(schema = @Schema(implementation = OrganizationEnvelope.class)))
    public Response createOrganization(@Valid @NotNull CreateOrganizationRequest request, UriInfo uri) {
        caller.requirePlatformAdmin();
        OrganizationResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(Success.of(created)).build();
    }

    @GET
    @Operation(operationId = "listOrganizations", summary = "List organizations",
            description = "Platform administrators see every organization; anyone else the one they belong to (or none).")
    public Page<OrganizationResponse> listOrganizations(@BeanParam PageParams page) {
        caller.userId();
        return service.page(caller.caller(), page);
    }

    @GET
    @Path("/{orgId}")
    @Operation(operationId = "getOrganization", summary = "Get an organization",
            description = "For platform administrators and the organization's members; 404 for anyone else.")
    public Success<OrganizationResponse> getOrganization(@PathParam("orgId") long orgId) {
        return Success.of(service.get(caller.caller(), orgId));
    }

    @POST
    @Path("/{orgId}/users")
    @Operation(operationId = "createOrganizationUser", summary = "Create a user of the organization",
            description = "Admins and owners create MEMBERs; only owners and platform administrators create ADMINs and OWNERs. "
                    + "The user belongs to this organization for good. 409 when the email or username is taken, "
                    + "also by a user of another organization: existing users cannot be moved in.")
    @APIResponse(responseCode = "201", description = "The user",
            content = @Content(schema = @Schema(implementation = OrganizationUserEnvelope.class)))
    public Response createOrganizationUser(@PathParam("orgId") long orgId, @Valid @NotNull CreateOrganizationUserRequest request,
            UriInfo uri) {
        OrganizationUserResponse created = service.addUser(caller.caller(), orgId, request);
        return Response.created(uri.getBaseUriBuilder().path("v2/users").path(Long.toString(created.id())).build())
                .entity(Success.of(created)).build();
    }

    @GET
    @Path("/{orgId}/users")
    @Operation(operationId = "listOrganizationUsers", summary = "List the organization's users",
            description = "For its admins and owners (403 for members); oldest first.")
    public Page<OrganizationUserResponse> listOrganizationUsers(@PathParam("orgId") long orgId, @BeanParam PageParams page) {
        return service.pageUsers(caller.caller(), orgId, page);
    }

    @PATCH
    @Path("/{orgId}/users/{userId}")
    @Operation(operationId = "updateOrganizationUser", summary = "Change a user's role in the organization",
            description = "Admins and owners change MEMBERs; only owners and platform administrators change ADMINs and OWNERs "
                    + "or make anyone ADMIN or OWNER. 404 for a user who is not one of the organization's; 409 when it would "
                    + "demote its last owner.")
    public Success<OrganizationUserResponse> updateOrganizationUser(@PathParam("orgId") long orgId, @PathParam("userId") long userId,
            @Valid @NotNull UpdateOrganizationUserRequest request) {
        return Success.of(userService.changeRole(caller.caller(), orgId, userId, request));
    }

    @DELETE
    @Path("/{orgId}/users/{userId}")
    @Operation(operationId = "deleteOrganizationUser", summary = "Remove a user from the organization",
            description = "With the role rules of updateOrganizationUser; 409 for the last owner. The user's API keys are "
                    + "revoked at once, their memberships of the organization and its teams end, and their own webhooks, "
                    + "routing forms, event types and schedules are deleted; bookings stay. Returns the user as they were.")
    public Success<OrganizationUserResponse> deleteOrganizationUser(@PathParam("orgId") long orgId, @PathParam("userId") long userId) {
        return Success.of(userService.remove(caller.caller(), orgId, userId));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "OrganizationEnvelope")
    public record OrganizationEnvelope(@Schema(enumeration = "success") String status, OrganizationResponse data) {
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "OrganizationUserEnvelope")
    public record OrganizationUserEnvelope(@Schema(enumeration = "success") String status, OrganizationUserResponse data) {
    }
}
