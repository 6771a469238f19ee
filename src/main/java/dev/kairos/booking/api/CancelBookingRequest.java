package dev.kairos.booking.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cancels a booking, a seat of it ({@code seatUid}), or an occurrence and the later ones of its series. */
@Schema(name = "CancelBookingRequest")
public record CancelBookingRequest(
        @Size(max = BookingInputs.MAX_REASON) String cancellationReason,
        @Schema(description = "Recurring bookings: also cancel every later occurrence") Boolean cancelSubsequentBookings,
        @Schema(description = "For seated bookings: the seat to give up") @Size(max = 255) String seatUid) {

    public static final CancelBookingRequest EMPTY = new CancelBookingRequest(null, null, null);
}
