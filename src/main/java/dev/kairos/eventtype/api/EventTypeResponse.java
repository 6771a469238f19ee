package dev.kairos.eventtype.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kairos.eventtype.BookerLayouts;
import dev.kairos.eventtype.BookingFormRules;
import dev.kairos.eventtype.BookingWindow;
import dev.kairos.eventtype.ConfirmationPolicy;
import dev.kairos.eventtype.DestinationCalendar;
import dev.kairos.eventtype.EventType;
import dev.kairos.eventtype.EventTypeColor;
import dev.kairos.eventtype.IntervalLimits;
import dev.kairos.eventtype.Location;
import dev.kairos.eventtype.Recurrence;
import dev.kairos.team.Team;
import dev.kairos.user.User;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event type as Cal.com's EventTypeOutput_2024_06_14 (every required field present; optional
 * settings that are off are left out, as Cal.com does), plus Kairos' {@code hidden},
 * {@code requiresConfirmation} and partner fields.
 */
@Schema(name = "EventType")
public record EventTypeResponse(
        @Schema(required = true) long id,
        @JsonInclude(Include.NON_NULL) @Schema(description = "The owner of a personal event type; absent for team event types") Long ownerId,
        @Schema(required = true) String title,
        @Schema(required = true) String slug,
        @Schema(required = true) String description,
        @Schema(required = true) int lengthInMinutes,
        @JsonInclude(Include.NON_NULL) List<Integer> lengthInMinutesOptions,
        @Schema(required = true) List<Location> locations,
        @Schema(required = true) List<BookingFieldResponse> bookingFields,
        @Schema(required = true) boolean disableGuests,
        @Schema(required = true, nullable = true) Integer slotInterval,
        @Schema(required = true) int minimumBookingNotice,
        @Schema(required = true) int beforeEventBuffer,
        @Schema(required = true) int afterEventBuffer,
        @Schema(required = true) int offsetStart,
        @Schema(required = true, nullable = true) Long scheduleId,
        @JsonInclude(Include.NON_NULL) IntervalLimits bookingLimitsCount,
        @JsonInclude(Include.NON_NULL) IntervalLimits bookingLimitsDuration,
        @Schema(required = true) boolean onlyShowFirstAvailableSlot,
        @JsonInclude(Include.NON_NULL) BookingWindow bookingWindow,
        @Schema(required = true, nullable = true) Recurrence recurrence,
        @JsonInclude(Include.NON_NULL) ConfirmationPolicy confirmationPolicy,
        @Schema(required = true) boolean requiresConfirmation,
        @JsonInclude(Include.NON_NULL) SeatsResponse seats,
        @Schema(required = true, nullable = true) Integer seatsPerTimeSlot,
        @Schema(required = true, nullable = true) Boolean seatsShowAvailabilityCount,
        @Schema(required = true) boolean hidden,
        @Schema(required = true, description = "Minor units (cents)") int price,
        @Schema(required = true) String currency,
        @Schema(required = true) Map<String, Object> metadata,
        @Schema(required = true) WhitelistResponse whitelist,
        @Schema(required = true, nullable = true) Integer refundWindowHours,
        @Schema(required = true, nullable = true) Integer cancellationNoticeHours,
        @Schema(required = true) boolean lockTimeZoneToggleOnBookingPage,
        @Schema(required = true) boolean forwardParamsSuccessRedirect,
        @Schema(required = true, nullable = true) String successRedirectUrl,
        @JsonProperty("isInstantEvent") @Schema(required = true) boolean isInstantEvent,
        @Schema(required = true) boolean requiresBookerEmailVerification,
        @Schema(required = true) boolean hideCalendarNotes,
        @Schema(required = true) boolean hideCalendarEventDetails,
        @Schema(required = true) boolean hideOrganizerEmail,
        @Schema(required = true) boolean useDestinationCalendarEmail,
        @JsonInclude(Include.NON_NULL) BookerLayouts bookerLayouts,
        @JsonInclude(Include.NON_NULL) EventTypeColor color,
        @JsonInclude(Include.NON_NULL) String customName,
        @JsonInclude(Include.NON_NULL) DestinationCalendar destinationCalendar,
        @Schema(required = true) List<EventTypeUserResponse> users,
        @JsonInclude(Include.NON_NULL) @Schema(description = "Team event types only") Long teamId,
        @JsonInclude(Include.NON_NULL) @Schema(description = "Team event types only", enumeration = {"collective", "roundRobin"}) String schedulingType,
        @JsonInclude(Include.NON_NULL) @Schema(description = "Team event types only") Boolean assignAllTeamMembers,
        @JsonInclude(Include.NON_NULL) @Schema(description = "Team event types only: the current hosts") List<TeamHostResponse> hosts,
        @JsonInclude(Include.NON_NULL) @Schema(description = "Team event types only") EventTypeTeamResponse team) {

    /** Maps a personal event type; {@code owner} is its owner. */
    public static EventTypeResponse from(EventType e, User owner) {
        return build(e, List.of(EventTypeUserResponse.from(owner)), null, null, null);
    }

    /** Maps a team event type with its current hosts and their users (in host order). */
    public static EventTypeResponse fromTeam(EventType e, Team team, List<TeamHostResponse> hosts, List<User> hostUsers) {
        return build(e, hostUsers.stream().map(EventTypeUserResponse::from).toList(), team, hosts, e.assignAllTeamMembers);
    }

    private static EventTypeResponse build(EventType e, List<EventTypeUserResponse> users, Team team, List<TeamHostResponse> hosts,
            Boolean assignAll) {
        SeatsResponse seats = e.isSeated()
                ? new SeatsResponse(e.seatsPerTimeSlot, e.seatsShowAttendees, e.seatsShowAvailabilityCount)
                : null;
        return new EventTypeResponse(e.id, e.ownerUserId, e.title, e.slug, e.description == null ? "" : e.description,
                e.lengthInMinutes, e.lengthInMinutesOptions == null ? null : e.lengthOptions(), e.locations,
                BookingFormRules.effective(e.bookingFields, e.disableGuests).stream().map(BookingFieldResponse::from).toList(),
                e.disableGuests, e.slotInterval, e.minimumBookingNotice, e.beforeEventBuffer, e.afterEventBuffer,
                e.offsetStart, e.scheduleId, e.bookingLimitsCount, e.bookingLimitsDuration, e.onlyShowFirstAvailableSlot,
                e.bookingWindow, e.recurrence, e.confirmationPolicy, e.requiresConfirmation(), seats, e.seatsPerTimeSlot,
                e.isSeated() ? e.seatsShowAvailabilityCount : null, e.hidden, e.price, e.currency, e.metadata,
                new WhitelistResponse(e.whitelistEnabled), e.refundWindowHours, e.cancellationNoticeHours,
                e.lockTimeZoneToggleOnBookingPage, e.forwardParamsSuccessRedirect, e.successRedirectUrl, false,
                e.requiresBookerEmailVerification, e.hideCalendarNotes, e.hideCalendarEventDetails, e.hideOrganizerEmail,
                e.useDestinationCalendarEmail, e.bookerLayouts, e.color, e.customName, e.destinationCalendar,
                users, e.teamId, e.schedulingType, assignAll, hosts, team == null ? null : EventTypeTeamResponse.from(team));
    }
}
