package dev.kairos.slot.api;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.request.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /v2/slots}, parsed and checked here so every mistake is a clear 400. */
public class SlotParams {

    /** The longest range one request may ask for. */
    public static final Duration MAX_RANGE = Duration.ofDays(62);

    @QueryParam("eventTypeId")
    @Parameter(description = "The event type; or eventTypeSlug with username or teamSlug", schema = @Schema(type = SchemaType.INTEGER))
    String eventTypeId;

    @QueryParam("eventTypeSlug")
    @Parameter(description = "The event type's slug, with username")
    public String eventTypeSlug;

    @QueryParam("username")
    @Parameter(description = "The owner of eventTypeSlug")
    public String username;

    @QueryParam("teamSlug")
    @Parameter(description = "The team owning eventTypeSlug (team event types)")
    public String teamSlug;

    @QueryParam("organizationSlug")
    @Parameter(description = "The organization of username or teamSlug, when it belongs to one (as in Cal.com); "
            + "needed to find an organization's team by teamSlug")
    public String organizationSlug;

    @QueryParam("start")
    @Parameter(required = true, description = "ISO-8601 instant, or a date meaning the start of that day in timeZone",
            example = "2050-09-05")
    String start;

    @QueryParam("end")
    @Parameter(required = true, description = "ISO-8601 instant, or a date meaning the end of that day in timeZone",
            example = "2050-09-06")
    String end;

    @QueryParam("timeZone")
    @Parameter(description = "IANA zone of the response's dates and times (default UTC)", example = "Europe/Rome")
    String timeZone;

    @QueryParam("duration")
    @Parameter(description = "Length in minutes, for event types with several lengths", schema = @Schema(type = SchemaType.INTEGER))
    String duration;

    @QueryParam("format")
    @Parameter(description = "time (default): starts only; range: starts and ends", schema = @Schema(enumeration = { "time", "range" }))
    String format;

    @QueryParam("slotFormat")
    @Parameter(description = "Alias of format", schema = @Schema(enumeration = { "time", "range" }))
    String slotFormat;

    @QueryParam("bookingUidToReschedule")
    @Parameter(description = "A booking being moved: it does not block its own new slot")
    public String bookingUidToReschedule;

    public SlotParams() {
    }

    /** For the PRD alias {@code /v2/slots/available}. */
    public static SlotParams of(String eventTypeId, String start, String end, String timeZone) {
        SlotParams params = new SlotParams();
        params.eventTypeId = eventTypeId;
        params.start = start;
        params.end = end;
        params.timeZone = timeZone;
        return params;
    }

    public ZoneId zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ApiException.invalidRequest("timeZone '" + timeZone + "' is not an IANA time zone such as Europe/Rome");
        }
    }

    public Long eventTypeId() {
        return QueryParams.longValue("eventTypeId", eventTypeId);
    }

    public Integer duration() {
        return QueryParams.integer("duration", duration);
    }

    /** The range's first instant: a bare date is that day's start in {@link #zone()}. */
    public Instant start() {
        return instant("start", start, false);
    }

    /** The range's last instant: a bare date is that day's end in {@link #zone()}. */
    public Instant end() {
        Instant last = instant("end", end, true);
        Instant first = start();
        if (last.isBefore(first)) {
            throw ApiException.invalidRequest("end must not be before start");
        }
        if (Duration.between(first, last).compareTo(MAX_RANGE) > 0) {
            throw ApiException.invalidRequest("The range may cover at most " + MAX_RANGE.toDays() + " days; ask in parts");
        }
        return last;
    }

    /** True for {@code format=range}: slots carry their end. */
    public boolean rangeFormat() {
        String chosen = format != null ? format : slotFormat;
        if (chosen == null || chosen.equals("time")) {
            return false;
        }
        if (chosen.equals("range")) {
            return true;
        }
        throw ApiException.invalidRequest("format must be time or range, got '" + chosen + "'");
    }

    private Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidRequest(name + " is required: an ISO-8601 instant or a date (YYYY-MM-DD)");
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return endOfDay ? date.plusDays(1).atStartOfDay(zone()).toInstant().minusMillis(1) : date.atStartOfDay(zone()).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw ApiException.invalidRequest(name + " '" + value + "' is neither an ISO-8601 instant with offset nor a date (YYYY-MM-DD)");
        }
    }
}
