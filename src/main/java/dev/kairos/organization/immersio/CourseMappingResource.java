package dev.kairos.organization.immersio;

import dev.kairos.organization.immersio.api.CourseMappingResponse;
import dev.kairos.organization.immersio.api.CreateCourseMappingRequest;
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

/** Which Immersio course feeds which event type's whitelist. */
@Path("/v2/organizations/{orgId}/course-mappings")
@Tag(name = "Immersio integration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CourseMappingResource {

    private final CourseMappingService service;
    private final CallerContext caller;

    CourseMappingResource(CourseMappingService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createCourseMapping", summary = "Map an Immersio course to an event type",
            description = "Admins and owners of the organization. The event type must belong to the organization (one of its users' "
                    + "or teams'), else 404; 409 when the course is already mapped to it.")
    @APIResponse(responseCode = "201", description = "The mapping",
            content = @Content(schema = @Schema(implementation = CourseMappingEnvelope.class)))
    public Response createCourseMapping(@PathParam("orgId") long orgId, @Valid @NotNull CreateCourseMappingRequest request, UriInfo uri) {
        CourseMappingResponse created = service.create(caller.caller(), orgId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(Success.of(created)).build();
    }

    @GET
    @Operation(operationId = "listCourseMappings", summary = "List the organization's course mappings",
            description = "Admins and owners of the organization; oldest first.")
    public Page<CourseMappingResponse> listCourseMappings(@PathParam("orgId") long orgId, @BeanParam PageParams page) {
        return service.page(caller.caller(), orgId, page);
    }

    @DELETE
    @Path("/{mappingId}")
    @Operation(operationId = "deleteCourseMapping", summary = "Delete a course mapping",
            description = "Returns the deleted mapping. Whitelist entries its syncs added stay until removed by hand.")
    public Success<CourseMappingResponse> deleteCourseMapping(@PathParam("orgId") long orgId, @PathParam("mappingId") long mappingId) {
        return Success.of(service.delete(caller.caller(), orgId, mappingId));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "ImmersioCourseMappingEnvelope")
    public record CourseMappingEnvelope(@Schema(enumeration = "success") String status, CourseMappingResponse data) {
    }
}
