package dev.kairos.eventtype.api;

import dev.kairos.eventtype.BookerLayouts;
import dev.kairos.eventtype.DestinationCalendar;
import dev.kairos.eventtype.EventTypeColor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The settings both create and update carry; a null accessor means "not given". */
public interface EventTypeInput {

    String title();

    String slug();

    Integer lengthInMinutes();

    List<Integer> lengthInMinutesOptions();

    String description();

    List<LocationInput> locations();

    List<BookingFieldInput> bookingFields();

    Boolean disableGuests();

    Integer slotInterval();

    Integer minimumBookingNotice();

    Integer beforeEventBuffer();

    Integer afterEventBuffer();

    Long scheduleId();

    LimitsInput bookingLimitsCount();

    LimitsInput bookingLimitsDuration();

    Boolean onlyShowFirstAvailableSlot();

    BookingWindowInput bookingWindow();

    Integer offsetStart();

    RecurrenceInput recurrence();

    ConfirmationPolicyInput confirmationPolicy();

    Boolean requiresConfirmation();

    SeatsInput seats();

    Boolean hidden();

    BigDecimal price();

    String currency();

    Map<String, Object> metadata();

    WhitelistInput whitelist();

    Integer refundWindowHours();

    Integer cancellationNoticeHours();

    BookerLayouts bookerLayouts();

    EventTypeColor color();

    String customName();

    DestinationCalendar destinationCalendar();

    Boolean useDestinationCalendarEmail();

    Boolean hideCalendarNotes();

    Boolean hideCalendarEventDetails();

    Boolean hideOrganizerEmail();

    Boolean requiresBookerEmailVerification();

    Boolean lockTimeZoneToggleOnBookingPage();

    String successRedirectUrl();

    Boolean forwardParamsSuccessRedirect();

    String schedulingType();

    List<HostInput> hosts();

    Boolean assignAllTeamMembers();
}
