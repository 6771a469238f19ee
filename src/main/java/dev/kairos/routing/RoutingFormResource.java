package dev.kairos.routing;

import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.auth.PublicOperation;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.platform.request.QueryParams;
import dev.kairos.routing.api.CreateRoutingFormRequest;
import dev.kairos.routing.api.FormResponseEntry;
import dev.kairos.routing.api.RoutingFormResponse;
import dev.kairos.routing.api.RoutingResult;
import dev.kairos.routing.api.SubmitResponsesRequest;
import dev.kairos.routing.api.UpdateRoutingFormRequest;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/routing-forms")
@Tag(name = "Routing forms", description = "Questions whose answers send bookers to an event type, a URL or a message")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingFormResource {

    private final RoutingFormService service;
    private final FormSubmitter submitter;
    private final RoutingFormQueries queries;
    private final CallerContext caller;

    RoutingFormResource(RoutingFormService service, FormSubmitter submitter, RoutingFormQueries queries, CallerContext caller) {
        this.service = service;
        this.submitter = submitter;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createRoutingForm", summary = "Create a routing form",
            description = "With teamId the form is the team's (ADMIN or OWNER needed). 422 lists every problem: unknown types, "
                    + "duplicate ids, rules on missing fields or with unsuitable operators or values, actions to event types the "
                    + "form may not route to.")
    @APIResponse(responseCode = "201", description = "The form",
            content = @Content(schema = @Schema(implementation = RoutingFormEnvelope.class)))
    public Response createRoutingForm(@Valid @NotNull CreateRoutingFormRequest request, UriInfo uri) {
        RoutingFormResponse created = service.create(caller.caller(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(Success.of(created)).build();
    }

    @GET
    @Operation(operationId = "listRoutingForms", summary = "List routing forms",
            description = "Your personal forms and your teams' forms, oldest first; with teamId only that team's.")
    public Page<RoutingFormResponse> listRoutingForms(
            @Parameter(description = "Only this team's forms", schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("teamId")
            String teamId, @BeanParam PageParams page) {
        return queries.list(caller.caller(), QueryParams.longValue("teamId", teamId), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRoutingForm", summary = "Get a routing form")
    public Success<RoutingFormResponse> getRoutingForm(@PathParam("id") long id) {
        return Success.of(queries.get(caller.caller(), id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateRoutingForm", summary = "Update a routing form",
            description = "Only the properties sent change; fields and routes, when sent, replace the whole list. "
                    + "The form is checked again as a whole.")
    public Success<RoutingFormResponse> updateRoutingForm(@PathParam("id") long id, @Valid @NotNull UpdateRoutingFormRequest request) {
        return Success.of(service.update(caller.caller(), id, request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteRoutingForm", summary = "Delete a routing form",
            description = "Also deletes its stored responses. Returns the deleted form.")
    public Success<RoutingFormResponse> deleteRoutingForm(@PathParam("id") long id) {
        return Success.of(service.delete(caller.caller(), id));
    }

    @POST
    @Path("/{id}/responses")
    @PublicOperation
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "submitRoutingFormResponse", summary = "Submit a routing form",
            description = "Public, like a form link. Checks the answers (422 per field), stores them and returns where they lead: "
                    + "an event type with its booking path, a URL or a message. Book with routing.responseId to link the booking.")
    @APIResponse(responseCode = "201", description = "The stored response's id and the route",
            content = @Content(schema = @Schema(implementation = RoutingResultEnvelope.class)))
    public Response submitRoutingFormResponse(@PathParam("id") long id, @Valid @NotNull SubmitResponsesRequest request) {
        return Response.status(Response.Status.CREATED).entity(Success.of(submitter.submit(id, request.responses()))).build();
    }

    @GET
    @Path("/{id}/responses")
    @Operation(operationId = "listRoutingFormResponses", summary = "List a routing form's responses",
            description = "Oldest first, each with where it was routed and the uid of the booking it led to (null until booked).")
    public Page<FormResponseEntry> listRoutingFormResponses(@PathParam("id") long id, @BeanParam PageParams page) {
        return queries.responses(caller.caller(), id, page);
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "RoutingFormEnvelope")
    public record RoutingFormEnvelope(@Schema(enumeration = "success") String status, RoutingFormResponse data) {
    }

    /** Documents the shape of the submission's 201 body. */
    @Schema(name = "RoutingResultEnvelope")
    public record RoutingResultEnvelope(@Schema(enumeration = "success") String status, RoutingResult data) {
    }
}
