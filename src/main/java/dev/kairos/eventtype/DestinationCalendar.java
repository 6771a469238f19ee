package dev.kairos.eventtype;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Display only (Kairos connects no calendars yet): the calendar new bookings would be written to. */
public record DestinationCalendar(@NotBlank @Size(max = 100) String integration, @NotBlank @Size(max = 500) String externalId) {
}
