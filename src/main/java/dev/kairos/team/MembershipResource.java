package dev.kairos.team;

import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.team.api.CreateMembershipRequest;
import dev.kairos.team.api.MembershipResponse;
import dev.kairos.team.api.UpdateMembershipRequest;
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

/** The memberships of one team; a team you are not an accepted member of is 404. */
@Path("/v2/teams/{teamId}/memberships")
@Tag(name = "Teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipResource {

    private final MembershipService service;
    private final CallerContext caller;

    MembershipResource(MembershipService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createTeamMembership", summary = "Add a team member",
            description = "Admins and owners add MEMBERs; only owners add ADMINs and OWNERs. 422 naming userId when there is "
                    + "no such user or a user of another organization (a team of an organization takes only its users, a team "
                    + "outside any organization only users outside any), 409 when they are already a member.")
    @APIResponse(responseCode = "201", description = "The membership",
            content = @Content(schema = @Schema(implementation = MembershipEnvelope.class)))
    public Response createTeamMembership(@PathParam("teamId") long teamId, @Valid @NotNull CreateMembershipRequest request,
            UriInfo uri) {
        MembershipResponse created = service.add(caller.caller(), teamId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(Success.of(created)).build();
    }

    @GET
    @Operation(operationId = "listTeamMemberships", summary = "List a team's memberships",
            description = "For accepted members; oldest first, invitations not yet accepted included.")
    public Page<MembershipResponse> listTeamMemberships(@PathParam("teamId") long teamId, @BeanParam PageParams page) {
        return service.page(caller.caller(), teamId, page);
    }

    @GET
    @Path("/{membershipId}")
    @Operation(operationId = "getTeamMembership", summary = "Get a team membership",
            description = "For accepted members; another team's membership id is 404.")
    public Success<MembershipResponse> getTeamMembership(@PathParam("teamId") long teamId,
            @PathParam("membershipId") long membershipId) {
        return Success.of(service.get(caller.caller(), teamId, membershipId));
    }

    @PATCH
    @Path("/{membershipId}")
    @Operation(operationId = "updateTeamMembership", summary = "Change a team membership",
            description = "Role or acceptance. Admins change MEMBERs; only owners change ADMINs and OWNERs or promote "
                    + "anyone to them. 409 when it would leave the team without an accepted owner.")
    public Success<MembershipResponse> updateTeamMembership(@PathParam("teamId") long teamId,
            @PathParam("membershipId") long membershipId, @Valid @NotNull UpdateMembershipRequest request) {
        return Success.of(service.change(caller.caller(), teamId, membershipId, request));
    }

    @DELETE
    @Path("/{membershipId}")
    @Operation(operationId = "deleteTeamMembership", summary = "Remove a team member",
            description = "Any member may remove their own membership (leave); admins remove MEMBERs, owners anyone. "
                    + "The last accepted owner stays (409). Returns the removed membership.")
    public Success<MembershipResponse> deleteTeamMembership(@PathParam("teamId") long teamId,
            @PathParam("membershipId") long membershipId) {
        return Success.of(service.remove(caller.caller(), teamId, membershipId));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "TeamMembershipEnvelope")
    public record MembershipEnvelope(@Schema(enumeration = "success") String status, MembershipResponse data) {
    }
}
