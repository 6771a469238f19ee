package dev.kairos.booking;

import dev.kairos.booking.BookingReassigner.Reassigned;
import dev.kairos.booking.api.ReassignBookingRequest;
import dev.kairos.booking.api.ReassignedBookingResponse;
import dev.kairos.booking.api.ReassignedBookingResponse.ReassignedTo;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Success;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Round robin's manual side: handing a booking to another host of its event type. */
@Path("/v2/bookings/{bookingUid}/reassign")
@Tag(name = "Bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingReassignResource {

    private final BookingReassigner reassigner;
    private final CallerContext caller;

    BookingReassignResource(BookingReassigner reassigner, CallerContext caller) {
        this.reassigner = reassigner;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "reassignBooking", summary = "Give a round-robin booking to the next free host in turn",
            description = "The assigned host or a team admin. The new host takes a round-robin turn.")
    public Success<ReassignedBookingResponse> reassignBooking(@PathParam("bookingUid") String uid) {
        return Success.of(view(reassigner.reassign(uid, null, caller.caller())));
    }

    @POST
    @Path("/{userId}")
    @Operation(operationId = "reassignBookingToUser", summary = "Give a round-robin booking to a named host",
            description = "The assigned host or a team admin. The host must be a round-robin host of the event type and free.")
    public Success<ReassignedBookingResponse> reassignBookingToUser(@PathParam("bookingUid") String uid, @PathParam("userId") long userId,
            @Valid ReassignBookingRequest request) {
        return Success.of(view(reassigner.reassign(uid, userId, caller.caller())));
    }

    private static ReassignedBookingResponse view(Reassigned reassigned) {
        return new ReassignedBookingResponse(reassigned.booking().uid,
                new ReassignedTo(reassigned.host().id, reassigned.host().name, reassigned.host().email));
    }
}
