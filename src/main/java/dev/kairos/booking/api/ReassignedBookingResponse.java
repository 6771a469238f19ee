package dev.kairos.booking.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reassigned booking (Cal.com's ReassignBookingOutput_2024_08_13 data): its uid and its new host. */
@Schema(name = "ReassignedBooking")
public record ReassignedBookingResponse(@Schema(required = true) String bookingUid, @Schema(required = true) ReassignedTo reassignedTo) {

    /** The host the booking now belongs to. */
    @Schema(name = "ReassignedTo")
    public record ReassignedTo(@Schema(required = true) long id, @Schema(required = true) String name,
            @Schema(required = true) String email) {
    }
}
