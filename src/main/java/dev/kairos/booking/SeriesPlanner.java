package dev.kairos.booking;

import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.eventtype.Recurrence;
import dev.kairos.platform.error.ApiException;
import dev.kairos.schedule.ScheduleAvailability;
import dev.kairos.schedule.ScheduleAvailabilityReader;
import dev.kairos.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** The starts a booking request asks for: one, or the occurrences of a recurring series. */
@ApplicationScoped
class SeriesPlanner {

    private final ScheduleAvailabilityReader schedules;

    SeriesPlanner(ScheduleAvailabilityReader schedules) {
        this.schedules = schedules;
    }

    /** The starts to book for {@code start}, with {@code recurrenceCount} (default: the event type's own count). */
    List<Instant> starts(EventTypeRules eventType, Instant start, Integer recurrenceCount, User host) {
        return occurrences(eventType, start, recurrenceCount, seriesZone(eventType, host));
    }

    /**
     * The zone a series keeps its wall-clock time in: that of the hours it is booked against (the
     * event type's schedule, else the host's default), which the slot engine checks each occurrence
     * in. The host's profile zone may be another one.
     */
    private ZoneId seriesZone(EventTypeRules eventType, User host) {
        ZoneId profileZone = ZoneId.of(host.timeZone);
        if (eventType.recurrence() == null || eventType.isSeated()) {
            return profileZone;
        }
        return schedules.forUser(host.id, eventType.scheduleId()).map(ScheduleAvailability::zone).orElse(profileZone);
    }

    /**
     * The starts to book: one, or {@code recurrenceCount} occurrences (default: the event type's
     * own count) on the same wall-clock time in {@code hostZone}, so a weekly series keeps its hour across DST.
     */
    static List<Instant> occurrences(EventTypeRules eventType, Instant start, Integer recurrenceCount, ZoneId hostZone) {
        // As in Cal.com, seats and recurrence do not combine: a seated event type books single slots.
        Recurrence recurrence = eventType.isSeated() ? null : eventType.recurrence();
        if (recurrence == null) {
            if (recurrenceCount != null && recurrenceCount > 1) {
                throw ApiException.validation("recurrenceCount", "event type " + eventType.id() + " is not recurring"
                        + (eventType.isSeated() ? " (seated event types book single slots)" : "") + "; leave recurrenceCount out");
            }
            return List.of(start);
        }
        int count = recurrenceCount != null ? recurrenceCount : recurrence.occurrences();
        if (count > recurrence.occurrences()) {
            throw ApiException.validation("recurrenceCount", "must be at most " + recurrence.occurrences()
                    + ", the event type's number of occurrences");
        }
        ZonedDateTime first = start.atZone(hostZone);
        List<Instant> starts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long step = (long) i * recurrence.interval();
            ZonedDateTime next = switch (recurrence.frequency()) {
                case "monthly" -> first.plusMonths(step);
                case "yearly" -> first.plusYears(step);
                default -> first.plusWeeks(step);
            };
            starts.add(next.toInstant());
        }
        return starts;
    }
}
