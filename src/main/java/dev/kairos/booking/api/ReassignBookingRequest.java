package dev.kairos.booking.api;

import jakarta.validation.constraints.Size;

/** {@code POST /v2/bookings/{uid}/reassign/{userId}} (Cal.com ReassignToUserBookingInput_2024_08_13). */
public record ReassignBookingRequest(@Size(max = 5000) String reason) {
}
