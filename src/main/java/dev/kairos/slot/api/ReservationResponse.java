package dev.kairos.slot.api;

import dev.kairos.slot.SlotReservation;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cal.com's {@code ReserveSlotOutput_2024_09_04}. */
public record ReservationResponse(
        @Schema(required = true) long eventTypeId,
        @Schema(required = true) Instant slotStart,
        @Schema(required = true) Instant slotEnd,
        @Schema(required = true) long slotDuration,
        @Schema(required = true, description = "The reservation's id and its holder's credential") String reservationUid,
        @Schema(required = true) long reservationDuration,
        @Schema(required = true) Instant reservationUntil) {

    public static ReservationResponse from(SlotReservation reservation) {
        return new ReservationResponse(reservation.eventTypeId, reservation.slotStart, reservation.slotEnd,
                Duration.between(reservation.slotStart, reservation.slotEnd).toMinutes(), reservation.uid,
                Math.round(Duration.between(reservation.updatedAt, reservation.reservedUntil).toSeconds() / 60.0),
                reservation.reservedUntil);
    }
}
