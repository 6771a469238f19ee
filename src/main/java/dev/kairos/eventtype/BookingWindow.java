package dev.kairos.eventtype;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * How far ahead an event type can be booked, in Cal.com's wire shape: {@code businessDays} or
 * {@code calendarDays} with a number of days in {@code value}, or {@code range} with two ISO dates
 * (first and last bookable day, in the host's zone) in {@code value}.
 *
 * @param rolling days ahead count only days with availability (Cal.com's rolling window)
 */
public record BookingWindow(String type, Object value, boolean rolling) {

    public static final String BUSINESS_DAYS = "businessDays";
    public static final String CALENDAR_DAYS = "calendarDays";
    public static final String RANGE = "range";

    public static BookingWindow days(String type, int days, boolean rolling) {
        return new BookingWindow(type, days, rolling);
    }

    public static BookingWindow range(LocalDate first, LocalDate last) {
        return new BookingWindow(RANGE, List.of(first.toString(), last.toString()), false);
    }

    @JsonIgnore
    public boolean isRange() {
        return RANGE.equals(type);
    }

    @JsonIgnore
    public boolean isBusinessDays() {
        return BUSINESS_DAYS.equals(type);
    }

    /** The number of days ahead; null for a range. */
    public Integer days() {
        return value instanceof Number number ? number.intValue() : null;
    }

    /** The first bookable day of a range; null otherwise. */
    public LocalDate rangeStart() {
        return rangeDay(0);
    }

    /** The last bookable day of a range (inclusive); null otherwise. */
    public LocalDate rangeEnd() {
        return rangeDay(1);
    }

    private LocalDate rangeDay(int index) {
        return value instanceof List<?> days && days.size() == 2 ? LocalDate.parse(days.get(index).toString()) : null;
    }
}
