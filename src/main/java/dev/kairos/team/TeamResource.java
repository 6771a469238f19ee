package dev.kairos.team;

import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.pagination.PageParams;
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

@Path("/v2/teams")
@Tag(name = "Teams", description = "Teams and their members: members read, admins manage members, owners manage admins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final TeamService service;
    private final TeamRepository teams;
    private final CallerContext caller;

    TeamResource(TeamService service, TeamRepository teams, CallerContext caller) {
        this.service = service;
        this.teams = teams;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createTeam", summary = "Create a team",
            description = "You become its owner (accepted). A member of an organization creates a team of that organization "
                    + "(parentId; its admins and owners manage it too). 409 when another team of the organization, or for a "
                    + "top-level team another top-level team or an organization, has the slug.")
    @APIResponse(responseCode = "201", description = "The team",
            content = @Content(schema = @Schema(implementation = TeamEnvelope.class)))
    public Response createTeam(@Valid @NotNull CreateTeamRequest request, UriInfo uri) {
        TeamResponse created = service.create(caller.userId(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(Success.of(created)).build();
    }

    @GET
    @Operation(operationId = "listTeams", summary = "List my teams", description = "The teams you are an accepted member of, oldest first.")
    public Page<TeamResponse> listTeams(@BeanParam PageParams page) {
        long userId = caller.userId();
        int limit = page.limit();
        int offset = page.offset();
        return Page.of(teams.pageOfMember(userId, offset, limit), TeamResponse::from, offset, limit, teams.countOfMember(userId));
    }

    @GET
    @Path("/{teamId}")
    @Operation(operationId = "getTeam", summary = "Get a team", description = "For accepted members; 404 for anyone else.")
    public Success<TeamResponse> getTeam(@PathParam("teamId") long teamId) {
        return Success.of(service.get(caller.caller(), teamId));
    }

    @PATCH
    @Path("/{teamId}")
    @Operation(operationId = "updateTeam", summary = "Update a team",
            description = "Admins and owners. Only the fields sent change; an empty bio, logoUrl, bannerUrl or brandColor removes it.")
    public Success<TeamResponse> updateTeam(@PathParam("teamId") long teamId, @Valid @NotNull UpdateTeamRequest request) {
        return Success.of(service.update(caller.caller(), teamId, request));
    }

    @DELETE
    @Path("/{teamId}")
    @Operation(operationId = "deleteTeam", summary = "Delete a team",
            description = "Owners only. Also deletes its memberships and team event types. Returns the deleted team.")
    public Success<TeamResponse> deleteTeam(@PathParam("teamId") long teamId) {
        return Success.of(service.delete(caller.caller(), teamId));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "TeamEnvelope")
    public record TeamEnvelope(@Schema(enumeration = "success") String status, TeamResponse data) {
    }
}
