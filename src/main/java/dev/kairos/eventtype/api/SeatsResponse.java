package dev.kairos.eventtype.api;

/** Cal.com's {@code seats} object of a seated event type. */
public record SeatsResponse(int seatsPerTimeSlot, boolean showAttendeeInfo, boolean showAvailabilityCount) {
}
