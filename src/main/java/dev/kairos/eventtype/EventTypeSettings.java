package dev.kairos.eventtype;

import dev.kairos.eventtype.api.BookingWindowInput;
import dev.kairos.eventtype.api.ConfirmationPolicyInput;
import dev.kairos.eventtype.api.EventTypeInput;
import dev.kairos.eventtype.api.LimitsInput;
import dev.kairos.eventtype.api.RecurrenceInput;
import dev.kairos.eventtype.api.SeatsInput;
import dev.kairos.platform.error.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Applies the settings given in a create or update request to an event type, refusing invalid
 * values with 422 naming the field. Shape rules (ranges, patterns) are on the request records;
 * this class holds the rules that depend on the kind of a nested object or on other fields.
 */
final class EventTypeSettings {

    /** Most minutes a duration limit can allow in a day, week, month and year. */
    private static final IntervalLimits DURATION_CEILING = new IntervalLimits(1440, 10_080, 44_640, 527_040);

    private EventTypeSettings() {
    }

    /** Copies every given field of {@code in} into {@code target}, then checks the result as a whole. */
    static void apply(EventTypeInput in, EventType target) {
        applyBasics(in, target);
        applyScheduling(in, target);
        applyBookingRules(in, target);
        PartnerSettings.apply(in, target);
        DisplaySettings.apply(in, target);
        checkConsistency(target);
    }

    private static void applyBasics(EventTypeInput in, EventType target) {
        if (in.title() != null) {
            if (in.title().isBlank()) {
                throw ApiException.validation("title", "must not be blank");
            }
            target.title = in.title().trim();
        }
        if (in.slug() != null) {
            target.slug = in.slug();
        }
        if (in.description() != null) {
            target.description = in.description();
        }
        if (in.lengthInMinutes() != null) {
            target.lengthInMinutes = in.lengthInMinutes();
        }
        if (in.lengthInMinutesOptions() != null) {
            List<Integer> options = in.lengthInMinutesOptions();
            if (new HashSet<>(options).size() != options.size()) {
                throw ApiException.validation("lengthInMinutesOptions", "must not repeat a length");
            }
            target.lengthInMinutesOptions = options.isEmpty() ? null : options.toArray(Integer[]::new);
        }
        if (in.locations() != null) {
            target.locations = new ArrayList<>(LocationRules.normalize(in.locations()));
        }
        if (in.bookingFields() != null) {
            target.bookingFields = new ArrayList<>(BookingFormRules.normalize(in.bookingFields()));
        }
        if (in.disableGuests() != null) {
            target.disableGuests = in.disableGuests();
        }
        if (in.hidden() != null) {
            target.hidden = in.hidden();
        }
    }

    private static void applyScheduling(EventTypeInput in, EventType target) {
        if (in.slotInterval() != null) {
            target.slotInterval = in.slotInterval();
        }
        if (in.minimumBookingNotice() != null) {
            target.minimumBookingNotice = in.minimumBookingNotice();
        }
        if (in.beforeEventBuffer() != null) {
            target.beforeEventBuffer = in.beforeEventBuffer();
        }
        if (in.afterEventBuffer() != null) {
            target.afterEventBuffer = in.afterEventBuffer();
        }
        if (in.offsetStart() != null) {
            target.offsetStart = in.offsetStart();
        }
        if (in.scheduleId() != null) {
            target.scheduleId = in.scheduleId();
        }
        if (in.onlyShowFirstAvailableSlot() != null) {
            target.onlyShowFirstAvailableSlot = in.onlyShowFirstAvailableSlot();
        }
        if (in.bookingLimitsCount() != null) {
            target.bookingLimitsCount = limits(in.bookingLimitsCount(), "bookingLimitsCount", null);
        }
        if (in.bookingLimitsDuration() != null) {
            target.bookingLimitsDuration = limits(in.bookingLimitsDuration(), "bookingLimitsDuration", DURATION_CEILING);
        }
        if (in.bookingWindow() != null) {
            target.bookingWindow = bookingWindow(in.bookingWindow());
        }
    }

    private static void applyBookingRules(EventTypeInput in, EventType target) {
        if (in.recurrence() != null) {
            target.recurrence = recurrence(in.recurrence());
        }
        if (in.confirmationPolicy() != null) {
            target.confirmationPolicy = confirmationPolicy(in.confirmationPolicy());
        } else if (Boolean.TRUE.equals(in.requiresConfirmation()) && target.confirmationPolicy == null) {
            target.confirmationPolicy = new ConfirmationPolicy(ConfirmationPolicy.ALWAYS, null, false);
        } else if (Boolean.FALSE.equals(in.requiresConfirmation())) {
            target.confirmationPolicy = null;
        }
        target.blockUnconfirmedBookings = target.confirmationPolicy != null
                && target.confirmationPolicy.blockUnconfirmedBookingsInBooker();
        if (in.seats() != null) {
            applySeats(in.seats(), target);
        }
    }

    private static IntervalLimits limits(LimitsInput in, String field, IntervalLimits ceiling) {
        IntervalLimits limits = new IntervalLimits(in.day(), in.week(), in.month(), in.year());
        if (Boolean.TRUE.equals(in.disabled()) || limits.isEmpty()) {
            return null;
        }
        List<String> periods = List.of("day", "week", "month", "year");
        Integer[] values = { limits.day(), limits.week(), limits.month(), limits.year() };
        Integer[] ceilings = ceiling == null ? new Integer[4]
                : new Integer[] { ceiling.day(), ceiling.week(), ceiling.month(), ceiling.year() };
        Integer previous = null;
        String previousPeriod = null;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                continue;
            }
            if (ceilings[i] != null && values[i] > ceilings[i]) {
                throw ApiException.validation(field + "." + periods.get(i), "must be at most " + ceilings[i]
                        + " minutes, the length of a " + periods.get(i));
            }
            if (previous != null && values[i] < previous) {
                throw ApiException.validation(field + "." + periods.get(i), "must not be less than the " + previousPeriod
                        + " limit (" + previous + ")");
            }
            previous = values[i];
            previousPeriod = periods.get(i);
        }
        return limits;
    }

    private static BookingWindow bookingWindow(BookingWindowInput in) {
        if (Boolean.TRUE.equals(in.disabled())) {
            return null;
        }
        if (in.type() == null) {
            throw ApiException.validation("bookingWindow.type", "is required: businessDays, calendarDays or range");
        }
        Object value = in.value();
        if (BookingWindow.RANGE.equals(in.type())) {
            if (!(value instanceof List<?> days) || days.size() != 2 || !(days.get(0) instanceof String first)
                    || !(days.get(1) instanceof String last)) {
                throw ApiException.validation("bookingWindow.value", "a range is two ISO dates: [\"2025-01-01\", \"2025-01-31\"]");
            }
            LocalDate firstDay = date(first);
            LocalDate lastDay = date(last);
            if (lastDay.isBefore(firstDay)) {
                throw ApiException.validation("bookingWindow.value", "the range ends before it starts");
            }
            return BookingWindow.range(firstDay, lastDay);
        }
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 1
                || ((Number) value).longValue() > 3650) {
            throw ApiException.validation("bookingWindow.value", "must be a whole number of days from 1 to 3650");
        }
        return BookingWindow.days(in.type(), ((Number) value).intValue(), Boolean.TRUE.equals(in.rolling()));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw ApiException.validation("bookingWindow.value", "'" + text + "' is not an ISO date such as 2025-01-31");
        }
    }

    private static Recurrence recurrence(RecurrenceInput in) {
        if (Boolean.TRUE.equals(in.disabled())) {
            return null;
        }
        if (in.interval() == null) {
            throw ApiException.validation("recurrence.interval", "is required for a recurring event type (1-99)");
        }
        if (in.occurrences() == null) {
            throw ApiException.validation("recurrence.occurrences", "is required for a recurring event type (1-730)");
        }
        if (in.frequency() == null) {
            throw ApiException.validation("recurrence.frequency", "is required: weekly, monthly or yearly");
        }
        return new Recurrence(in.interval(), in.occurrences(), in.frequency());
    }

    private static ConfirmationPolicy confirmationPolicy(ConfirmationPolicyInput in) {
        if (Boolean.TRUE.equals(in.disabled())) {
            return null;
        }
        if (in.type() == null) {
            throw ApiException.validation("confirmationPolicy.type", "is required: always or time");
        }
        boolean block = Boolean.TRUE.equals(in.blockUnconfirmedBookingsInBooker());
        if (ConfirmationPolicy.ALWAYS.equals(in.type())) {
            return new ConfirmationPolicy(ConfirmationPolicy.ALWAYS, null, block);
        }
        if (in.noticeThreshold() == null) {
            throw ApiException.validation("confirmationPolicy.noticeThreshold",
                    "is required with type time: bookings made less than {unit, count} before the start need confirmation");
        }
        return new ConfirmationPolicy(ConfirmationPolicy.TIME,
                new ConfirmationPolicy.NoticeThreshold(in.noticeThreshold().unit(), in.noticeThreshold().count()), block);
    }

    private static void applySeats(SeatsInput in, EventType target) {
        if (Boolean.TRUE.equals(in.disabled())) {
            target.seatsPerTimeSlot = null;
            target.seatsShowAttendees = false;
            target.seatsShowAvailabilityCount = false;
            return;
        }
        if (in.seatsPerTimeSlot() == null) {
            throw ApiException.validation("seats.seatsPerTimeSlot", "is required for a seated event type (1-1000)");
        }
        target.seatsPerTimeSlot = in.seatsPerTimeSlot();
        target.seatsShowAttendees = Boolean.TRUE.equals(in.showAttendeeInfo());
        target.seatsShowAvailabilityCount = Boolean.TRUE.equals(in.showAvailabilityCount());
    }

    /** Rules across fields, checked on the event type as it will be stored (so a PATCH cannot break them). */
    private static void checkConsistency(EventType target) {
        if (target.lengthInMinutesOptions != null && !target.lengthOptions().contains(target.lengthInMinutes)) {
            throw ApiException.validation("lengthInMinutesOptions", "must include lengthInMinutes (" + target.lengthInMinutes + ")");
        }
        if (target.isSeated() && target.requiresConfirmation()) {
            throw ApiException.validation("seats", "a seated event type cannot require confirmation; disable one of them");
        }
        if (target.isSeated() && target.recurrence != null) {
            throw ApiException.validation("seats", "a seated event type cannot be recurring; disable one of them");
        }
    }
}
