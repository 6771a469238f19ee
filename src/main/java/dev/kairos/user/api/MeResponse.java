package dev.kairos.user.api;

import dev.kairos.user.User;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's own profile, Cal.com's {@code MeOutput}. */
public record MeResponse(@Schema(required = true) long id, @Schema(required = true) String username,
        @Schema(required = true) String email, @Schema(required = true) String name,
        @Schema(required = true) String timeZone, @Schema(required = true) String locale,
        @Schema(required = true, enumeration = { "12", "24" }) int timeFormat,
        @Schema(required = true) String weekStart,
        @Schema(required = true, nullable = true) Long defaultScheduleId,
        @Schema(required = true, nullable = true) Long organizationId) {

    public static MeResponse from(User user) {
        return new MeResponse(user.id, user.username, user.email, user.name, user.timeZone, user.locale, user.timeFormat,
                user.weekStart, user.defaultScheduleId, user.organizationId);
    }
}
