package dev.kairos.slot.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kairos.slot.engine.SeatInfo;
import dev.kairos.slot.engine.Slot;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    public static SlotView of(Slot slot, ZoneId viewer, boolean withEnd) {
        String start = FORMAT.format(slot.start().atZone(viewer));
        String end = withEnd ? FORMAT.format(slot.end().atZone(viewer)) : null;
        SeatInfo seats = slot.seats();
        if (seats == null) {
            return new SlotView(start, end, null, null, null, null, null);
        }
        return new SlotView(start, end, seats.attendeesCount(), seats.seatsBooked(), seats.seatsRemaining(), seats.seatsTotal(),
                seats.bookingUid());
    }

    /** The PRD alias's shape: {@code {"time": ...}}. */
    public static TimeView time(Slot slot, ZoneId viewer) {
        return new TimeView(FORMAT.format(slot.start().atZone(viewer)));
    }

    @Schema(name = "SlotTime")
    public record TimeView(@Schema(required = true, example = "2025-11-20T09:00:00.000-05:00") String time) {
    }
}
