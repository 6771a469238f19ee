package dev.kairos.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a route sends the booker: to an event type's booking page, to a URL, or to a message. */
@Schema(name = "RoutingFormActionType")
public enum ActionType {
    EVENT_TYPE("eventType"),
    EXTERNAL_URL("externalUrl"),
    MESSAGE("message");

    public static final String NAMES = "eventType, externalUrl, message";

    private final String wireName;

    ActionType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    static ActionType fromWire(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("unknown action type " + name));
    }

    public static Optional<ActionType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
