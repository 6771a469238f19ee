package dev.kairos.slot.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kairos.slot.engine.SeatInfo;
import dev.kairos.slot.engine.Slot;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One slot of {@code GET /v2/slots}, its times in the viewer's zone with offset. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Slot")
public record SlotView(
        @Schema(required = true, example = "2050-09-05T09:00:00.000+02:00") String start,
        @Schema(description = "With format=range") String end,
        @Schema(description = "Seated event types: people booked in the slot") Integer attendeesCount,
        @Schema(description = "Seated event types") Integer seatsBooked,
        @Schema(description = "Seated event types") Integer seatsRemaining,
        @Schema(description = "Seated event types") Integer seatsTotal,
        @Schema(description = "Seated event types: the booking a new attendee joins, once someone booked") String bookingUid) {

    public static SlotView of(Slot slot, ZoneId viewer, boolean withEnd) {
        String start = format(slot.start(), viewer);
        String end = withEnd ? format(slot.end(), viewer) : null;
        SeatInfo seats = slot.seats();
        if (seats == null) {
            return new SlotView(start, end, null, null, null, null, null);
        }
        return new SlotView(start, end, seats.attendeesCount(), seats.seatsBooked(), seats.seatsRemaining(), seats.seatsTotal(),
                seats.bookingUid());
    }

    /** The PRD alias's shape: {@code {"time": ...}}. */
    public static TimeView time(Slot slot, ZoneId viewer) {
        return new TimeView(format(slot.start(), viewer));
    }

    /**
     * {@code 2050-09-05T09:00:00.000+02:00}: what {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX} prints,
     * written by hand because a 60-day listing formats a thousand of them per request.
     */
    public static String format(Instant instant, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(instant);
        LocalDateTime local = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
        StringBuilder out = new StringBuilder(29);
        pad(out, local.getYear(), 4).append('-');
        pad(out, local.getMonthValue(), 2).append('-');
        pad(out, local.getDayOfMonth(), 2).append('T');
        pad(out, local.getHour(), 2).append(':');
        pad(out, local.getMinute(), 2).append(':');
        pad(out, local.getSecond(), 2).append('.');
        pad(out, local.getNano() / 1_000_000, 3);
        return out.append(offset.getId()).toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    @Schema(name = "SlotTime")
    public record TimeView(@Schema(required = true, example = "2025-11-20T09:00:00.000-05:00") String time) {
    }
}
