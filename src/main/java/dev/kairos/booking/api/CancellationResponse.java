package dev.kairos.booking.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One cancellation of a booking or of a seat, with the refund the event type's policy allows. */
@Schema(name = "BookingCancellation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CancellationResponse(
        @Schema(required = true, description = "Email of whoever cancelled") String cancelledBy,
        @Schema(required = true, enumeration = {"host", "attendee"}) String cancelledByRole,
        String seatUid,
        String cancellationReason,
        @Schema(required = true) boolean withinRefundWindow,
        @Schema(required = true, enumeration = {"pending", "not_eligible"}) String refundStatus,
        @Schema(required = true, description = "Minor units (cents) of currency") int refundAmount,
        String currency,
        @Schema(required = true) Instant createdAt) {
}
