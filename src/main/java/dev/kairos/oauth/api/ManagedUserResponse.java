package dev.kairos.oauth.api;

import dev.kairos.user.User;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A managed user (Cal.com's ManagedUserOutput). */
@Schema(name = "ManagedUser")
public record ManagedUserResponse(
        @Schema(required = true) long id,
        @Schema(required = true) String email,
        @Schema(required = true) String username,
        @Schema(required = true) String name,
        @Schema(required = true) String timeZone,
        @Schema(required = true) String weekStart,
        @Schema(required = true, enumeration = { "12", "24" }) int timeFormat,
        Long defaultScheduleId,
        @Schema(required = true) String locale,
        @Schema(required = true) Long organizationId,
        @Schema(required = true) Instant createdDate) {

    public static ManagedUserResponse from(User user) {
        return new ManagedUserResponse(user.id, user.email, user.username, user.name, user.timeZone, user.weekStart, user.timeFormat,
                user.defaultScheduleId, user.locale, user.organizationId, user.createdAt);
    }
}
