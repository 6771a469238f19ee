package dev.kairos.booking.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /v2/bookings} (Cal.com 2024-08-13): one booking, a recurring series
 * ({@code recurrenceCount}) or a seat (seated event types). Name the event type by id, or by
 * {@code eventTypeSlug} with {@code username}.
 */
@Schema(name = "CreateBookingRequest")
public record CreateBookingRequest(
        @Schema(required = true, example = "2050-09-05T09:00:00Z", description = "A start that GET /v2/slots offers")
        @NotNull OffsetDateTime start,
        Long eventTypeId,
        @Size(max = 255) String eventTypeSlug,
        @Size(max = 255) String username,
        @Schema(description = "The team owning eventTypeSlug (team event types)") @Size(max = 255) String teamSlug,
        @Schema(description = "The organization of username or teamSlug, when it belongs to one (as in Cal.com); "
                + "needed to find an organization's team by teamSlug") @Size(max = 255) String organizationSlug,
        @Schema(required = true) @NotNull @Valid AttendeeInput attendee,
        @Schema(description = "Guest emails; refused when the event type disables guests")
        @Size(max = BookingInputs.MAX_GUESTS) List<@NotNull @jakarta.validation.constraints.Email(regexp = BookingInputs.EMAIL) String> guests,
        @Schema(description = "One of the event type's locations: an object such as {\"type\":\"attendeePhone\",\"phone\":\"+44...\"}, "
                + "or the deprecated string form", oneOf = {LocationChoice.class, String.class})
        JsonNode location,
        @Schema(description = "Answers to the event type's booking fields, by slug") Map<String, Object> bookingFieldsResponses,
        @Schema(description = "At most 50 keys of at most 40 characters, values of at most 500") Map<String, Object> metadata,
        @Schema(description = "One of the event type's lengthInMinutesOptions") @Min(1) Integer lengthInMinutes,
        @Schema(description = "Occurrences to book for a recurring event type, at most its recurrence.occurrences") @Min(1) Integer recurrenceCount,
        @Schema(description = "A reservation of this start, made with POST /v2/slots/reservations, that the booking consumes")
        @Size(max = 255) String reservedSlotUid,
        @Schema(description = "Deprecated in Cal.com; ignored") String meetingUrl,
        Routing routing) {

    /** Where a routing form sent the booker. */
    @Schema(name = "BookingRouting")
    public record Routing(
            @Schema(description = "A response of POST /v2/routing-forms/{id}/responses that was routed to this event type: the "
                    + "booking is linked to it, and its teamMemberIds apply unless teamMemberIds is given") Long responseId,
            @Schema(description = "Team event types: only these hosts may be assigned") List<Long> teamMemberIds) {
    }

    /** Documents the object form of {@code location}. */
    @Schema(name = "BookingLocationInput")
    public record LocationChoice(
            @Schema(required = true, enumeration = {"address", "link", "phone", "integration", "attendeeAddress", "attendeePhone",
                    "attendeeDefined", "organizersDefaultApp"}) String type,
            String address, String phone, String location, String integration) {
    }
}
