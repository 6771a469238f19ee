package dev.kairos.eventtype.api;

import dev.kairos.user.User;
import java.util.Map;

/** A host as listed in an event type's {@code users} (Cal.com's User_2024_06_14; never an email). */
public record EventTypeUserResponse(long id, String name, String username, String avatarUrl, String brandColor,
        String darkBrandColor, String weekStart, Map<String, Object> metadata) {

    public static EventTypeUserResponse from(User user) {
        return new EventTypeUserResponse(user.id, user.name, user.username, null, null, null, user.weekStart, Map.of());
    }
}
