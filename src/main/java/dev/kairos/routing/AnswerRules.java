package dev.kairos.routing;

import dev.kairos.routing.api.FormLimits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a booker's answers against the form's fields and puts them in the form the evaluator and
 * the stored response use: text trimmed, phone numbers as {@code +} and digits, numbers as numbers,
 * option ids (a list of distinct ones for multiselect and checkbox). A blank answer to an optional
 * field counts as no answer. Plain Java; every problem is reported under {@code responses.<fieldId>}.
 */
final class AnswerRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+[0-9]{7,15}$");
    private static final int MAX_EMAIL = 254;

    /** An answer that does not suit its field; the message says what would. */
    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private AnswerRules() {
    }

    /**
     * The answers, normalised and in the fields' order, without unanswered fields.
     *
     * @throws dev.kairos.platform.error.ApiException 422 naming every missing, unknown or invalid answer
     */
    static Map<String, Object> check(List<FormField> fields, Map<String, Object> given) {
        Problems problems = new Problems();
        Set<String> known = fields.stream().map(FormField::id).collect(Collectors.toSet());
        for (String id : given.keySet()) {
            if (!known.contains(id)) {
                problems.add("responses." + id, "is not a field of this form; answer only its fields: "
                        + fields.stream().map(FormField::id).limit(20).collect(Collectors.joining(", ")));
            }
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        for (FormField field : fields) {
            String at = "responses." + field.id();
            try {
                Object answer = given.get(field.id()) == null ? null : answer(field, given.get(field.id()));
                if (answer != null) {
                    answers.put(field.id(), answer);
                } else if (field.required()) {
                    problems.add(at, "is required: answer '" + field.label() + "'");
                }
            } catch (Invalid invalid) {
                problems.add(at, invalid.getMessage());
            }
        }
        problems.throwIfAny("Invalid responses");
        return answers;
    }

    /** The normalised answer, or null when it is blank. */
    private static Object answer(FormField field, Object value) throws Invalid {
        return switch (field.type()) {
            case TEXT -> text(value);
            case EMAIL -> email(value);
            case PHONE -> phone(value);
            case NUMBER -> number(value);
            case SELECT, RADIO -> choice(field, value);
            case MULTISELECT, CHECKBOX -> choices(field, value);
        };
    }

    private static String text(Object value) throws Invalid {
        if (!(value instanceof String text)) {
            throw new Invalid("must be a string");
        }
        String trimmed = text.trim();
        if (trimmed.length() > FormLimits.MAX_TEXT_ANSWER) {
            throw new Invalid("must be at most " + FormLimits.MAX_TEXT_ANSWER + " characters");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String email(Object value) throws Invalid {
        String email = text(value);
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new Invalid("must be a well-formed email address, e.g. jane@example.com");
        }
        return email;
    }

    private static String phone(Object value) throws Invalid {
        String phone = text(value);
        if (phone == null) {
            return null;
        }
        String compact = RuleValues.withoutPhoneSeparators(phone);
        if (!PHONE.matcher(compact).matches()) {
            throw new Invalid("must be a phone number in international format: + and 7 to 15 digits, e.g. +447700900123");
        }
        return compact;
    }

    private static Object number(Object value) throws Invalid {
        if (value instanceof String text && text.isBlank()) {
            return null;
        }
        return RuleValues.number(value).orElseThrow(() -> new Invalid("must be a number, e.g. 42 or 3.5"));
    }

    private static String choice(FormField field, Object value) throws Invalid {
        if (!(value instanceof String id)) {
            throw new Invalid("must be the id of one of the options: " + optionIds(field));
        }
        if (id.isBlank()) {
            return null;
        }
        return existing(field, id);
    }

    private static List<String> choices(FormField field, Object value) throws Invalid {
        if (!(value instanceof Collection<?> list)) {
            throw new Invalid("must be a list of option ids (possibly empty): " + optionIds(field));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object item : list) {
            if (!(item instanceof String id)) {
                throw new Invalid("must list option ids as strings: " + optionIds(field));
            }
            ids.add(existing(field, id));
        }
        return ids.isEmpty() ? null : new ArrayList<>(ids);
    }

    private static String existing(FormField field, String id) throws Invalid {
        if (field.option(id).isEmpty()) {
            throw new Invalid("'" + id + "' is not an option of this field; choose among " + optionIds(field));
        }
        return id;
    }

    private static String optionIds(FormField field) {
        return field.options().stream().map(FieldOption::id).limit(20).collect(Collectors.joining(", "));
    }
}
