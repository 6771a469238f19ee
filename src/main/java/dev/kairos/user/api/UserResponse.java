package dev.kairos.user.api;

import dev.kairos.user.User;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as platform administrators see it. */
public record UserResponse(@Schema(required = true) long id, @Schema(required = true) String email,
        @Schema(required = true) String name, @Schema(required = true) String username,
        @Schema(required = true) String timeZone, @Schema(required = true) String locale,
        @Schema(required = true) Instant createdAt) {

    public static UserResponse from(User user) {
        return new UserResponse(user.id, user.email, user.name, user.username, user.timeZone, user.locale, user.createdAt);
    }
}
