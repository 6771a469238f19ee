package dev.kairos.slot.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cal.com's {@code ReserveSlotInput_2024_09_04}. */
public record ReservationRequest(
        @NotNull @Positive @Schema(required = true, example = "1") Long eventTypeId,
        @NotNull @Schema(required = true, example = "2050-09-05T09:00:00Z") OffsetDateTime slotStart,
        @Min(1) @Max(1440) @Schema(description = "Minutes, for event types with several lengths (default: the event type's length)")
        Integer slotDuration,
        @Min(1) @Max(60) @Schema(description = "Minutes the slot is held (default 5); only the event type's owner may set it")
        Integer reservationDuration) {
}
