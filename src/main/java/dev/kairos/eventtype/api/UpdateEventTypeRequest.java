package dev.kairos.eventtype.api;

import dev.kairos.eventtype.BookerLayouts;
import dev.kairos.eventtype.DestinationCalendar;
import dev.kairos.eventtype.EventTypeColor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /v2/event-types/{id}}: only the fields sent change; {@code {"disabled": true}} clears a setting. */
public record UpdateEventTypeRequest(
        @Size(min = 1, max = 255) @Schema(example = "Intro call") String title,
        @Pattern(regexp = EventTypeFields.SLUG, message = EventTypeFields.SLUG_MESSAGE) @Schema(example = "intro-call") String slug,
        @Min(1) @Max(1440) @Schema(example = "30") Integer lengthInMinutes,
        @Size(max = 20) List<@NotNull @Min(1) @Max(1440) Integer> lengthInMinutesOptions,
        @Size(max = 10000) String description,
        @Size(max = 20) List<@NotNull @Valid LocationInput> locations,
        @Size(max = 50) List<@NotNull @Valid BookingFieldInput> bookingFields,
        Boolean disableGuests,
        @Min(1) @Max(1440) Integer slotInterval,
        @Min(0) @Max(EventTypeFields.MAX_NOTICE) Integer minimumBookingNotice,
        @Min(0) @Max(1440) Integer beforeEventBuffer,
        @Min(0) @Max(1440) Integer afterEventBuffer,
        @Positive Long scheduleId,
        @Valid LimitsInput bookingLimitsCount,
        @Valid LimitsInput bookingLimitsDuration,
        Boolean onlyShowFirstAvailableSlot,
        @Valid BookingWindowInput bookingWindow,
        @Min(0) @Max(1440) Integer offsetStart,
        @Valid RecurrenceInput recurrence,
        @Valid ConfirmationPolicyInput confirmationPolicy,
        @Schema(description = "Alias: true = confirmationPolicy {type: always}, false = disabled") Boolean requiresConfirmation,
        @Valid SeatsInput seats,
        Boolean hidden,
        @DecimalMin("0") @Digits(integer = 9, fraction = 0, message = "must be a whole number of minor units (cents)") @Schema(description = "Minor units (cents)") BigDecimal price,
        @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 currency code such as usd") String currency,
        @Schema(description = "At most 50 keys of up to 40 characters, values up to 500 characters") Map<String, Object> metadata,
        @Valid WhitelistInput whitelist,
        @Min(0) @Max(8760) Integer refundWindowHours,
        @Min(0) @Max(8760) Integer cancellationNoticeHours,
        @Valid BookerLayouts bookerLayouts,
        @Valid EventTypeColor color,
        @Size(max = 255) String customName,
        @Valid DestinationCalendar destinationCalendar,
        Boolean useDestinationCalendarEmail,
        Boolean hideCalendarNotes,
        Boolean hideCalendarEventDetails,
        Boolean hideOrganizerEmail,
        Boolean requiresBookerEmailVerification,
        Boolean lockTimeZoneToggleOnBookingPage,
        @Size(max = 2048) String successRedirectUrl,
        Boolean forwardParamsSuccessRedirect,
        @Pattern(regexp = "collective|roundRobin|managed", message = "must be collective or roundRobin")
        @Schema(description = "Team event types only: collective (every host attends) or roundRobin (one host is assigned)",
                enumeration = {"collective", "roundRobin"}) String schedulingType,
        @Size(max = 1000) @Schema(description = "Team event types only: who hosts it") List<@NotNull @Valid HostInput> hosts,
        @Schema(description = "Team event types only: every accepted member of the team hosts it (hosts may still set their weight and priority)")
        Boolean assignAllTeamMembers) implements EventTypeInput {
}
