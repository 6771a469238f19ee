package dev.kairos.booking.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves a booking (or, with {@code seatUid}, one seat) to another start. */
@Schema(name = "RescheduleBookingRequest")
public record RescheduleBookingRequest(
        @Schema(required = true, example = "2050-09-05T10:00:00Z") @NotNull OffsetDateTime start,
        @Size(max = BookingInputs.MAX_REASON) String reschedulingReason,
        @Schema(description = "Accepted for Cal.com compatibility; the caller's credential decides") @Size(max = 254) String rescheduledBy,
        @Schema(description = "For seated bookings: the seat to move") @Size(max = 255) String seatUid) {
}
