package dev.kairos.slot.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How far ahead a booker may book.
 *
 * <ul>
 *   <li>{@code CALENDAR_DAYS} / {@code BUSINESS_DAYS}, not rolling: until the end of the booker's
 *       today plus {@code days} calendar days or Monday-Friday days.
 *   <li>rolling: the first {@code days} days, from the booker's today, that have at least one slot
 *       (fully booked days do not count; with business days, only Monday-Friday days count, weekend
 *       days in between stay bookable).
 *   <li>{@code RANGE}: whole days {@code rangeStart..rangeEnd} in {@code rangeZone} (null = the
 *       first host's zone).
 * </ul>
 */
public record BookingWindow(Type type, int days, boolean rolling, LocalDate rangeStart,
                            LocalDate rangeEnd, ZoneId rangeZone) {

    public enum Type { CALENDAR_DAYS, BUSINESS_DAYS, RANGE }

    public BookingWindow {
        Objects.requireNonNull(type, "type");
        if (type == Type.RANGE && (rangeStart == null || rangeEnd == null)) {
            throw new IllegalArgumentException("a range booking window needs start and end dates");
        }
    }

    public static BookingWindow calendarDays(int days, boolean rolling) {
        return new BookingWindow(Type.CALENDAR_DAYS, days, rolling, null, null, null);
    }

    public static BookingWindow businessDays(int days, boolean rolling) {
        return new BookingWindow(Type.BUSINESS_DAYS, days, rolling, null, null, null);
    }

    public static BookingWindow range(LocalDate start, LocalDate end, ZoneId zone) {
        return new BookingWindow(Type.RANGE, 0, false, start, end, zone);
    }
}
