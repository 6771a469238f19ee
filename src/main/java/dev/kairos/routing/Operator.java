package dev.kairos.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a rule compares a field's answer with its value (API.md section 3, routing forms). */
@Schema(name = "RoutingFormOperator")
public enum Operator {
    EQUALS("equals"),
    NOT_EQUALS("not_equals"),
    CONTAINS("contains"),
    ANY_OF("any_of"),
    ALL_OF("all_of"),
    GREATER_THAN("greater_than"),
    LESS_THAN("less_than");

    public static final String NAMES = "equals, not_equals, contains, any_of, all_of, greater_than, less_than";

    private final String wireName;

    Operator(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    static Operator fromWire(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("unknown operator " + name));
    }

    public static Optional<Operator> parse(String name) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(name)).findFirst();
    }
}
