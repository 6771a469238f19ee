package dev.kairos.eventtype.api;

import dev.kairos.eventtype.EventType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code DELETE /v2/event-types/{id}} returns (Cal.com's DeleteData_2024_06_14). */
public record DeletedEventTypeResponse(@Schema(required = true) long id, @Schema(required = true) int lengthInMinutes,
        @Schema(required = true) String title, @Schema(required = true) String slug) {

    public static DeletedEventTypeResponse from(EventType eventType) {
        return new DeletedEventTypeResponse(eventType.id, eventType.lengthInMinutes, eventType.title, eventType.slug);
    }
}
