package dev.kairos.booking.api;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.request.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and sorting of {@code GET /v2/bookings}, each checked here so a mistake is a clear 400. */
public class BookingFilters {

    public static final Set<String> STATUSES = Set.of("upcoming", "recurring", "past", "cancelled", "unconfirmed");

    @QueryParam("status")
    @Parameter(description = "Comma list of upcoming, recurring, past, cancelled, unconfirmed (any of them matches)")
    String status;

    @QueryParam("attendeeEmail")
    @Parameter(description = "Bookings with this attendee (case-insensitive)")
    String attendeeEmail;

    @QueryParam("eventTypeId")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER))
    String eventTypeId;

    @QueryParam("eventTypeIds")
    @Parameter(description = "Comma list of event type ids")
    String eventTypeIds;

    @QueryParam("afterStart")
    @Parameter(description = "ISO-8601 instant or date: bookings starting at or after it")
    String afterStart;

    @QueryParam("beforeEnd")
    @Parameter(description = "ISO-8601 instant or date: bookings ending at or before it")
    String beforeEnd;

    @QueryParam("afterCreatedAt")
    @Parameter(description = "ISO-8601 instant or date")
    String afterCreatedAt;

    @QueryParam("beforeCreatedAt")
    @Parameter(description = "ISO-8601 instant or date")
    String beforeCreatedAt;

    @QueryParam("sortStart")
    @Parameter(schema = @Schema(enumeration = {"asc", "desc"}))
    String sortStart;

    @QueryParam("sortCreated")
    @Parameter(schema = @Schema(enumeration = {"asc", "desc"}))
    String sortCreated;

    public List<String> statuses() {
        if (status == null || status.isBlank()) {
            return List.of();
        }
        List<String> values = Arrays.stream(status.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String value : values) {
            if (!STATUSES.contains(value)) {
                throw ApiException.invalidRequest("status '" + value + "' is not one of upcoming, recurring, past, cancelled, unconfirmed");
            }
        }
        return values;
    }

    public String attendeeEmail() {
        return attendeeEmail == null || attendeeEmail.isBlank() ? null : attendeeEmail.trim();
    }

    public List<Long> eventTypeIds() {
        List<Long> ids = new ArrayList<>();
        Long single = QueryParams.longValue("eventTypeId", eventTypeId);
        if (single != null) {
            ids.add(single);
        }
        if (eventTypeIds != null && !eventTypeIds.isBlank()) {
            for (String id : eventTypeIds.split(",")) {
                ids.add(QueryParams.longValue("eventTypeIds", id.trim()));
            }
        }
        return ids;
    }

    public Instant afterStart() {
        return instant("afterStart", afterStart);
    }

    public Instant beforeEnd() {
        return instant("beforeEnd", beforeEnd);
    }

    public Instant afterCreatedAt() {
        return instant("afterCreatedAt", afterCreatedAt);
    }

    public Instant beforeCreatedAt() {
        return instant("beforeCreatedAt", beforeCreatedAt);
    }

    /** {@code "start_time ASC"}-style ordering; start ascending unless asked otherwise. */
    public String orderBy() {
        List<String> order = new ArrayList<>();
        if (sortCreated != null) {
            order.add("b.created_at " + direction("sortCreated", sortCreated));
        }
        if (sortStart != null || order.isEmpty()) {
            order.add("b.start_time " + (sortStart == null ? "ASC" : direction("sortStart", sortStart)));
        }
        order.add("b.id ASC");
        return String.join(", ", order);
    }

    private static String direction(String name, String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "asc" -> "ASC";
            case "desc" -> "DESC";
            default -> throw ApiException.invalidRequest(name + " must be asc or desc, got '" + value + "'");
        };
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ApiException.invalidRequest(name + " must be an ISO-8601 instant such as 2050-09-05T09:00:00Z or a date, got '"
                        + value + "'");
            }
        }
    }
}
