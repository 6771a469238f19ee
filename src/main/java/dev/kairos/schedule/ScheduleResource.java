package dev.kairos.schedule;

import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.schedule.api.CreateScheduleRequest;
import dev.kairos.schedule.api.ScheduleResponse;
import dev.kairos.schedule.api.UpdateScheduleRequest;
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
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/schedules")
@Tag(name = "Schedules", description = "Weekly working hours and date overrides (cal-api-version 2024-06-11)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final ScheduleService service;
    private final ScheduleRepository schedules;
    private final CallerContext caller;

    ScheduleResource(ScheduleService service, ScheduleRepository schedules, CallerContext caller) {
        this.service = service;
        this.schedules = schedules;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createSchedule", summary = "Create a schedule",
            description = "Without availability: Monday-Friday 09:00-17:00. A user's first schedule becomes their default.")
    @APIResponse(responseCode = "201", description = "The schedule",
            content = @Content(schema = @Schema(implementation = ScheduleEnvelope.class)))
    public Response createSchedule(@Valid @NotNull CreateScheduleRequest request, UriInfo uri) {
        OwnedSchedule created = service.create(caller.userId(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(Success.of(ScheduleResponse.from(created))).build();
    }

    @GET
    @Operation(operationId = "listSchedules", summary = "List my schedules", description = "Oldest first.")
    public Page<ScheduleResponse> listSchedules(@BeanParam PageParams page) {
        long owner = caller.userId();
        int limit = page.limit();
        int offset = page.offset();
        Long defaultId = schedules.defaultScheduleIdOf(owner);
        return Page.of(schedules.pageOfOwner(owner, offset, limit),
                schedule -> ScheduleResponse.from(OwnedSchedule.of(schedule, schedule.id.equals(defaultId))),
                offset, limit, schedules.countOfOwner(owner));
    }

    @GET
    @Path("/default")
    @Operation(operationId = "getDefaultSchedule", summary = "Get my default schedule",
            description = "The schedule used by event types that name none; 404 when there is none.")
    public Success<ScheduleResponse> getDefaultSchedule() {
        long owner = caller.userId();
        Long defaultId = schedules.defaultScheduleIdOf(owner);
        Schedule schedule = (defaultId == null ? Optional.<Schedule>empty() : schedules.findOwned(defaultId, owner))
                .orElseThrow(() -> ApiException.notFound("You have no default schedule: create one with POST /v2/schedules "
                        + "(your first becomes the default) or PATCH one with isDefault: true"));
        return Success.of(ScheduleResponse.from(OwnedSchedule.of(schedule, true)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSchedule", summary = "Get a schedule")
    public Success<ScheduleResponse> getSchedule(@PathParam("id") long id) {
        long owner = caller.userId();
        Schedule schedule = schedules.findOwned(id, owner).orElseThrow(() -> ScheduleService.notFound(id));
        return Success.of(ScheduleResponse.from(OwnedSchedule.of(schedule, Objects.equals(schedules.defaultScheduleIdOf(owner), id))));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateSchedule", summary = "Update a schedule",
            description = "Only the fields sent change; availability and overrides, when sent, replace the whole list.")
    public Success<ScheduleResponse> updateSchedule(@PathParam("id") long id, @Valid @NotNull UpdateScheduleRequest request) {
        return Success.of(ScheduleResponse.from(service.update(caller.userId(), id, request)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSchedule", summary = "Delete a schedule",
            description = "Refused with 409 while an event type (or one of its hosts) uses it. Returns the deleted schedule.")
    public Success<ScheduleResponse> deleteSchedule(@PathParam("id") long id) {
        return Success.of(ScheduleResponse.from(service.delete(caller.userId(), id)));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "ScheduleEnvelope")
    public record ScheduleEnvelope(@Schema(enumeration = "success") String status, ScheduleResponse data) {
    }
}
