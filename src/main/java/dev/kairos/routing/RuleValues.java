package dev.kairos.routing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a rule's value against its field and operator when the form is saved, and puts it in the
 * form the evaluator compares: trimmed text, a number, an option id, or a list of distinct option
 * ids. Plain Java.
 */
final class RuleValues {

    /** A value that does not suit its rule; the message says what would. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private RuleValues() {
    }

    static Object normalize(FormField field, Operator operator, Object value) throws Invalid {
        if (field.type().textual()) {
            return text(field, value);
        }
        if (field.type() == FieldType.NUMBER) {
            return number(value).orElseThrow(() -> new Invalid("must be a number to compare with the answer, e.g. 10"));
        }
        boolean single = !field.type().multiple() && (operator == Operator.EQUALS || operator == Operator.NOT_EQUALS);
        return single ? optionId(field, value) : optionIds(field, value);
    }

    /** A number, or a string that is one; empty otherwise. */
    static Optional<BigDecimal> number(Object value) {
        try {
            if (value instanceof Number number) {
                return Optional.of(new BigDecimal(number.toString()));
            }
            if (value instanceof String text && !text.isBlank()) {
                return Optional.of(new BigDecimal(text.trim()));
            }
        } catch (NumberFormatException notANumber) {
            // falls through
        }
        return Optional.empty();
    }

    /** Phone answers are stored as {@code +} and digits, so rule values lose the same separators. */
    static String withoutPhoneSeparators(String phone) {
        return phone.replaceAll("[\\s\\-().]", "");
    }

    private static String text(FormField field, Object value) throws Invalid {
        if (!(value instanceof String text) || text.isBlank()) {
            throw new Invalid("must be a non-empty string to compare with the " + field.type().wireName() + " answer");
        }
        return field.type() == FieldType.PHONE ? withoutPhoneSeparators(text.trim()) : text.trim();
    }

    private static String optionId(FormField field, Object value) throws Invalid {
        if (!(value instanceof String id)) {
            throw new Invalid("must be the id of one of the field's options: " + ids(field));
        }
        return existing(field, id);
    }

    private static List<String> optionIds(FormField field, Object value) throws Invalid {
        Collection<?> given = value instanceof Collection<?> list ? list : value instanceof String ? List.of(value) : null;
        if (given == null || given.isEmpty()) {
            throw new Invalid("must be a non-empty list of ids of the field's options: " + ids(field));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object item : given) {
            if (!(item instanceof String id)) {
                throw new Invalid("must list option ids as strings: " + ids(field));
            }
            ids.add(existing(field, id));
        }
        return new ArrayList<>(ids);
    }

    private static String existing(FormField field, String id) throws Invalid {
        if (field.option(id).isEmpty()) {
            throw new Invalid("'" + id + "' is not an option of field '" + field.id() + "'; its options are " + ids(field));
        }
        return id;
    }

    private static String ids(FormField field) {
        List<FieldOption> options = field.options();
        String shown = options.stream().limit(10).map(FieldOption::id).collect(Collectors.joining(", "));
        return options.size() > 10 ? shown + ", ..." : shown;
    }
}
