package dev.kairos.eventtype;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What can be booked (Cal.com event type, API 2024-06-14). Owned by a user (personal) or by a team
 * ({@link #teamId} with a {@link #schedulingType}); nested settings are JSONB in their wire shape.
 */
@Entity
@Table(name = "event_types")
public class EventType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_user_id")
    public Long ownerUserId;

    @Column(name = "team_id")
    public Long teamId;

    @Column(name = "parent_id")
    public Long parentId;

    /** collective, roundRobin or managed; null for personal event types. */
    @Column(name = "scheduling_type")
    public String schedulingType;

    @Column(name = "assign_all_team_members", nullable = false)
    public boolean assignAllTeamMembers;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String slug;

    public String description;

    @Column(name = "length_in_minutes", nullable = false)
    public int lengthInMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "length_in_minutes_options", columnDefinition = "integer[]")
    public Integer[] lengthInMinutesOptions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Location> locations = new ArrayList<>();

    /** Only the fields the owner gave (default-field overrides and custom fields). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "booking_fields", nullable = false)
    public List<BookingField> bookingFields = new ArrayList<>();

    @Column(name = "disable_guests", nullable = false)
    public boolean disableGuests;

    @Column(name = "slot_interval")
    public Integer slotInterval;

    @Column(name = "minimum_booking_notice", nullable = false)
    public int minimumBookingNotice;

    @Column(name = "before_event_buffer", nullable = false)
    public int beforeEventBuffer;

    @Column(name = "after_event_buffer", nullable = false)
    public int afterEventBuffer;

    @Column(name = "offset_start", nullable = false)
    public int offsetStart;

    @Column(name = "schedule_id")
    public Long scheduleId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "booking_limits_count")
    public IntervalLimits bookingLimitsCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "booking_limits_duration")
    public IntervalLimits bookingLimitsDuration;

    @Column(name = "only_show_first_available_slot", nullable = false)
    public boolean onlyShowFirstAvailableSlot;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "booking_window")
    public BookingWindow bookingWindow;

    @JdbcTypeCode(SqlTypes.JSON)
    public Recurrence recurrence;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "confirmation_policy")
    public ConfirmationPolicy confirmationPolicy;

    /** Mirrors confirmationPolicy.blockUnconfirmedBookingsInBooker for the booking queries. */
    @Column(name = "block_unconfirmed_bookings", nullable = false)
    public boolean blockUnconfirmedBookings;

    @Column(name = "seats_per_time_slot")
    public Integer seatsPerTimeSlot;

    @Column(name = "seats_show_attendees", nullable = false)
    public boolean seatsShowAttendees;

    @Column(name = "seats_show_availability_count", nullable = false)
    public boolean seatsShowAvailabilityCount;

    @Column(nullable = false)
    public boolean hidden;

    /** Minor units (cents). */
    @Column(nullable = false)
    public int price;

    @Column(nullable = false)
    public String currency = "usd";

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> metadata = new LinkedHashMap<>();

    @Column(name = "whitelist_enabled", nullable = false)
    public boolean whitelistEnabled;

    @Column(name = "refund_window_hours")
    public Integer refundWindowHours;

    @Column(name = "cancellation_notice_hours")
    public Integer cancellationNoticeHours;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "booker_layouts")
    public BookerLayouts bookerLayouts;

    @JdbcTypeCode(SqlTypes.JSON)
    public EventTypeColor color;

    @Column(name = "custom_name")
    public String customName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "destination_calendar")
    public DestinationCalendar destinationCalendar;

    @Column(name = "use_destination_calendar_email", nullable = false)
    public boolean useDestinationCalendarEmail;

    @Column(name = "hide_calendar_notes", nullable = false)
    public boolean hideCalendarNotes;

    @Column(name = "hide_calendar_event_details", nullable = false)
    public boolean hideCalendarEventDetails;

    @Column(name = "hide_organizer_email", nullable = false)
    public boolean hideOrganizerEmail;

    @Column(name = "requires_booker_email_verification", nullable = false)
    public boolean requiresBookerEmailVerification;

    @Column(name = "lock_time_zone_toggle_on_booking_page", nullable = false)
    public boolean lockTimeZoneToggleOnBookingPage;

    @Column(name = "success_redirect_url")
    public String successRedirectUrl;

    @Column(name = "forward_params_success_redirect", nullable = false)
    public boolean forwardParamsSuccessRedirect = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected EventType() {
    }

    /** A new personal event type of {@code ownerUserId}, with Cal.com's defaults until settings are applied. */
    public static EventType personal(long ownerUserId, Instant now) {
        EventType eventType = new EventType();
        eventType.ownerUserId = ownerUserId;
        eventType.createdAt = now;
        eventType.updatedAt = now;
        return eventType;
    }

    /** A new event type of team {@code teamId}, hosted as {@code schedulingType} says. */
    public static EventType team(long teamId, String schedulingType, Instant now) {
        EventType eventType = new EventType();
        eventType.teamId = teamId;
        eventType.schedulingType = schedulingType;
        eventType.createdAt = now;
        eventType.updatedAt = now;
        return eventType;
    }

    public boolean isSeated() {
        return seatsPerTimeSlot != null;
    }

    public boolean requiresConfirmation() {
        return confirmationPolicy != null;
    }

    /** The booker's choices of length, always including the default length. */
    public List<Integer> lengthOptions() {
        return lengthInMinutesOptions == null ? List.of() : List.of(lengthInMinutesOptions);
    }
}
