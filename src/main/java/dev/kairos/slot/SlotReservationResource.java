package dev.kairos.slot;

import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.auth.PublicOperation;
import dev.kairos.platform.envelope.Success;
import dev.kairos.slot.api.ReservationRequest;
import dev.kairos.slot.api.ReservationResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: a reservation's uid is its holder's credential (API.md section 2). */
@Path("/v2/slots/reservations")
@Tag(name = "Slots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PublicOperation
public class SlotReservationResource {

    private final SlotReservationService service;
    private final CallerContext caller;

    SlotReservationResource(SlotReservationService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "reserveSlot", summary = "Reserve a slot",
            description = "Holds a bookable start for 5 minutes (the event type's owner may choose up to 60): "
                    + "hidden from other bookers and refused to them until it expires.")
    @APIResponse(responseCode = "201", description = "The reservation",
            content = @Content(schema = @Schema(implementation = ReservationEnvelope.class)))
    public Response reserveSlot(@Valid @NotNull ReservationRequest request, UriInfo uri) {
        SlotReservation reservation = service.reserve(caller.caller(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(reservation.uid).build())
                .entity(Success.of(ReservationResponse.from(reservation))).build();
    }

    @GET
    @Path("/{uid}")
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "getSlotReservation", summary = "Get a reservation")
    public Success<ReservationResponse> getSlotReservation(@PathParam("uid") String uid) {
        return Success.of(ReservationResponse.from(service.get(uid)));
    }

    @PATCH
    @Path("/{uid}")
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "updateSlotReservation", summary = "Move or renew a reservation")
    public Success<ReservationResponse> updateSlotReservation(@PathParam("uid") String uid,
            @Valid @NotNull ReservationRequest request) {
        return Success.of(ReservationResponse.from(service.move(caller.caller(), uid, request)));
    }

    @DELETE
    @Path("/{uid}")
    @Extension(name = "x-kairos-public", value = "true")
    @Operation(operationId = "deleteSlotReservation", summary = "Release a reservation")
    public Map<String, String> deleteSlotReservation(@PathParam("uid") String uid) {
        service.release(uid);
        return Map.of("status", "success");
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "ReservationEnvelope")
    public record ReservationEnvelope(@Schema(enumeration = "success") String status, ReservationResponse data) {
    }
}
