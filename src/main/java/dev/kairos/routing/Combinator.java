package dev.kairos.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a route's rules combine: all must hold, or any. */
@Schema(name = "RoutingFormCombinator")
public enum Combinator {
    AND("and"),
    OR("or");

    private final String wireName;

    Combinator(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    static Combinator fromWire(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("unknown combinator " + name));
    }

    public static Optional<Combinator> parse(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
