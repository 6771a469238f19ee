package dev.kairos.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of question a routing form asks, and which rule operators suit each. {@code checkbox}
 * is a list of boxes (like {@code multiselect}): its answer is the ids of the options ticked.
 */
@Schema(name = "RoutingFormFieldType")
public enum FieldType {
    TEXT("text", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.CONTAINS)),
    EMAIL("email", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.CONTAINS)),
    PHONE("phone", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.CONTAINS)),
    NUMBER("number", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.GREATER_THAN, Operator.LESS_THAN)),
    SELECT("select", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.ANY_OF, Operator.ALL_OF)),
    MULTISELECT("multiselect", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.CONTAINS, Operator.ANY_OF, Operator.ALL_OF)),
    RADIO("radio", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.ANY_OF, Operator.ALL_OF)),
    CHECKBOX("checkbox", EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.CONTAINS, Operator.ANY_OF, Operator.ALL_OF));

    /** The wire names, for documentation and error messages. */
    public static final String NAMES = "text, email, phone, number, select, multiselect, radio, checkbox";

    private final String wireName;
    private final Set<Operator> operators;

    FieldType(String wireName, Set<Operator> operators) {
        this.wireName = wireName;
        this.operators = operators;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    static FieldType fromWire(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException("unknown field type " + name));
    }

    public static Optional<FieldType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** Whether the answer is chosen among the field's options. */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == MULTISELECT || this == CHECKBOX;
    }

    /** Whether the answer is a set of option ids rather than one. */
    public boolean multiple() {
        return this == MULTISELECT || this == CHECKBOX;
    }

    /** Whether the answer is free text (compared trimmed and case-insensitively). */
    public boolean textual() {
        return this == TEXT || this == EMAIL || this == PHONE;
    }

    public boolean allows(Operator operator) {
        return operators.contains(operator);
    }

    /** The operators a rule on this type may use, for error messages. */
    public String operatorNames() {
        return operators.stream().map(Operator::wireName).collect(Collectors.joining(", "));
    }
}
