package dev.kairos.eventtype;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an event takes place, in Cal.com's wire shape: {@code address}, {@code link} or
 * {@code phone} given by the host (shown to bookers only when {@code public}), an
 * {@code integration} (video app), or one the attendee gives when booking
 * ({@code attendeeAddress}, {@code attendeePhone}, {@code attendeeDefined}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String type, String address, String link, String phone, String integration,
        @JsonProperty("public") Boolean isPublic) {

    public static final Location CAL_VIDEO = new Location("integration", null, null, null, "cal-video", null);

    /** Whether the booker supplies the location's value when booking. */
    public boolean attendeeDefined() {
        return type.startsWith("attendee");
    }
}
