package dev.kairos.schedule;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The {@code HH:mm} texts of the API and the database, and their {@link LocalTime}s. Midnight at
 * the end of a day is {@code 24:00} in the database (PostgreSQL's TIME admits it) and
 * {@link LocalTime#MAX} in Java; the API accepts {@code 23:59} and {@code 24:00} for it.
 */
final class ClockTimes {

    static final String END_OF_DAY = "24:00";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private ClockTimes() {
    }

    /** A start time, {@code 00:00}..{@code 23:59}. */
    static LocalTime start(String text) {
        return LocalTime.parse(text, HH_MM);
    }

    /** An end time: {@code 23:59} and {@code 24:00} are the end of the day. */
    static LocalTime end(String text) {
        if (END_OF_DAY.equals(text) || "23:59".equals(text)) {
            return LocalTime.MAX;
        }
        return LocalTime.parse(text, HH_MM);
    }

    /** As stored: {@code 24:00} for the end of the day. */
    static String stored(LocalTime time) {
        return time.equals(LocalTime.MAX) ? END_OF_DAY : HH_MM.format(time);
    }

    /** As stored text read back: {@code 24:00} is the end of the day. */
    static LocalTime fromStored(String text) {
        return END_OF_DAY.equals(text) ? LocalTime.MAX : LocalTime.parse(text, HH_MM);
    }
}
