package dev.kairos.booking.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the host declines a pending booking. */
@Schema(name = "DeclineBookingRequest")
public record DeclineBookingRequest(@Size(max = BookingInputs.MAX_REASON) String reason) {
}
