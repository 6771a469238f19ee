package dev.kairos.eventtype;

/** A recurring event type: {@code occurrences} bookings, one every {@code interval} weeks, months or years. */
public record Recurrence(int interval, int occurrences, String frequency) {
}
