package dev.kairos.booking.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking in Cal.com's 2024-08-13 shape. {@code seatUid} is set on the response to the
 * creation of a seat; seated bookings carry each person's answers on their attendee entry.
 */
@Schema(name = "Booking")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingResponse(
        @Schema(required = true) long id,
        @Schema(required = true) String uid,
        @Schema(required = true) String title,
        @Schema(required = true) String description,
        @Schema(required = true) List<HostResponse> hosts,
        @Schema(required = true, enumeration = {"accepted", "pending", "cancelled", "rejected"}) String status,
        String cancellationReason,
        String reschedulingReason,
        String rescheduledFromUid,
        String rescheduledToUid,
        @Schema(required = true) Instant start,
        @Schema(required = true) Instant end,
        @Schema(required = true) int duration,
        @Schema(required = true) Long eventTypeId,
        @Schema(required = true) EventTypeRef eventType,
        @Schema(required = true) String location,
        @Schema(required = true) boolean absentHost,
        @Schema(required = true) List<AttendeeResponse> attendees,
        List<String> guests,
        Map<String, Object> bookingFieldsResponses,
        Map<String, Object> metadata,
        String recurringBookingUid,
        @Schema(description = "The seat this request created (seated event types)") String seatUid,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    /** A host; without a key only the name, id, username and time zone are shown. */
    @Schema(name = "BookingHost")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HostResponse(@Schema(required = true) long id, @Schema(required = true) String name, String email,
            @Schema(required = true) String username, @Schema(required = true) String timeZone) {
    }

    /** The event type booked: id and slug (null slug once the event type is deleted). */
    @Schema(name = "BookingEventType")
    public record EventTypeRef(@Schema(required = true) Long id, @Schema(required = true) String slug) {
    }

    /** One attendee; seated bookings add the seat's uid, answers and metadata. */
    @Schema(name = "BookingAttendee")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttendeeResponse(@Schema(required = true) String name, @Schema(required = true) String email,
            @Schema(required = true) String timeZone, String language, @Schema(required = true) boolean absent,
            String phoneNumber, String seatUid, Map<String, Object> bookingFieldsResponses, Map<String, Object> metadata) {
    }
}
