package dev.kairos.organization;

import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.team.TeamService;
import dev.kairos.team.api.CreateTeamRequest;
import dev.kairos.team.api.TeamResponse;
import dev.kairos.team.api.UpdateTeamRequest;
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

/**
 * The teams of one organisation, like {@code /v2/teams}: its members read them, its admins and
 * owners manage them; a team of another organisation is 404.
 */
@Path("/v2/organizations/{orgId}/teams")
@Tag(name = "Organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationTeamResource {

    private final TeamService service;
    private final CallerContext caller;

    OrganizationTeamResource(TeamService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createOrganizationTeam", summary = "Create a team of the organization",
            description = "Admins and owners of the organization; a creator who belongs to it becomes the team's owner. "
                    + "409 when another team of the organization has the slug.")
    @APIResponse(responseCode = "201", description = "The team",
            content = @Content(schema = @Schema(implementation = OrganizationTeamEnvelope.class)))
    public Response createOrganizationTeam(@PathParam("orgId") long orgId, @Valid @NotNull CreateTeamRequest request, UriInfo uri) {
        TeamResponse created = service.createInOrganization(caller.caller(), orgId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(Success.of(created)).build();
    }

    @GET
    @Operation(operationId = "listOrganizationTeams", summary = "List the organization's teams",
            description = "For the organization's members; oldest first.")
    public Page<TeamResponse> listOrganizationTeams(@PathParam("orgId") long orgId, @BeanParam PageParams page) {
        return service.pageInOrganization(caller.caller(), orgId, page);
    }

    @GET
    @Path("/{teamId}")
    @Operation(operationId = "getOrganizationTeam", summary = "Get a team of the organization",
            description = "For the organization's members; a team of another organization is 404.")
    public Success<TeamResponse> getOrganizationTeam(@PathParam("orgId") long orgId, @PathParam("teamId") long teamId) {
        return Success.of(service.get(caller.caller(), orgId, teamId));
    }

    @PATCH
    @Path("/{teamId}")
    @Operation(operationId = "updateOrganizationTeam", summary = "Update a team of the organization",
            description = "The organization's admins and owners, and the team's. Only the fields sent change.")
    public Success<TeamResponse> updateOrganizationTeam(@PathParam("orgId") long orgId, @PathParam("teamId") long teamId,
            @Valid @NotNull UpdateTeamRequest request) {
        return Success.of(service.update(caller.caller(), orgId, teamId, request));
    }

    @DELETE
    @Path("/{teamId}")
    @Operation(operationId = "deleteOrganizationTeam", summary = "Delete a team of the organization",
            description = "The organization's admins and owners, and the team's owners. Returns the deleted team.")
    public Success<TeamResponse> deleteOrganizationTeam(@PathParam("orgId") long orgId, @PathParam("teamId") long teamId) {
        return Success.of(service.delete(caller.caller(), orgId, teamId));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "OrganizationTeamEnvelope")
    public record OrganizationTeamEnvelope(@Schema(enumeration = "success") String status, TeamResponse data) {
    }
}
