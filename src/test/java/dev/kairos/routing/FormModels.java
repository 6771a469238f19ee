package dev.kairos.routing;

import java.util.Arrays;
import java.util.List;

/** Builds form fields for the plain tests of the routing logic. */
final class FormModels {

    private FormModels() {
    }

    static FormField field(String id, FieldType type, boolean required, String... optionIds) {
        List<FieldOption> options = Arrays.stream(optionIds).map(o -> new FieldOption(o, "Option " + o)).toList();
        return new FormField(id, "Question " + id, type, required, options);
    }

    static FormField optional(String id, FieldType type, String... optionIds) {
        return field(id, type, false, optionIds);
    }

    static FormField required(String id, FieldType type, String... optionIds) {
        return field(id, type, true, optionIds);
    }

    /** {@code "a|b"} -> [a, b]; {@code ""} -> []. */
    static List<String> ids(String piped) {
        return piped.isEmpty() ? List.of() : List.of(piped.split("\\|"));
    }
}
