package dev.kairos.routing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether one rule holds for an answer, both as {@link FormRules} and {@link AnswerRules} leave
 * them. No answer makes every rule false but {@code not_equals}, which it makes true. Text compares
 * trimmed and case-insensitively; numbers by value; a single choice by option id; a multiple choice
 * as a set: {@code equals} the same set, {@code contains} and {@code any_of} any overlap,
 * {@code all_of} every listed option chosen. Plain Java.
 */
final class RuleEvaluator {

    private RuleEvaluator() {
    }

    static boolean holds(Rule rule, FormField field, Object answer) {
        if (answer == null) {
            return rule.operator() == Operator.NOT_EQUALS;
        }
        if (field.type().textual()) {
            return text(rule.operator(), answer.toString(), rule.value().toString());
        }
        if (field.type() == FieldType.NUMBER) {
            return number(rule.operator(), decimal(answer), decimal(rule.value()));
        }
        return choices(rule.operator(), ids(answer), ids(rule.value()));
    }

    private static boolean text(Operator operator, String answer, String value) {
        String a = answer.trim().toLowerCase(Locale.ROOT);
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (operator) {
            case EQUALS -> a.equals(v);
            case NOT_EQUALS -> !a.equals(v);
            case CONTAINS -> a.contains(v);
            default -> false;
        };
    }

    private static boolean number(Operator operator, BigDecimal answer, BigDecimal value) {
        int order = answer.compareTo(value);
        return switch (operator) {
            case EQUALS -> order == 0;
            case NOT_EQUALS -> order != 0;
            case GREATER_THAN -> order > 0;
            case LESS_THAN -> order < 0;
            default -> false;
        };
    }

    /** A single choice is the set of its one option, so single and multiple choices share these meanings. */
    private static boolean choices(Operator operator, Set<String> answer, Set<String> value) {
        return switch (operator) {
            case EQUALS -> answer.equals(value);
            case NOT_EQUALS -> !answer.equals(value);
            case CONTAINS, ANY_OF -> answer.stream().anyMatch(value::contains);
            case ALL_OF -> answer.containsAll(value);
            default -> false;
        };
    }

    private static BigDecimal decimal(Object value) {
        return RuleValues.number(value).orElseThrow(() -> new IllegalStateException("not a number: " + value));
    }

    private static Set<String> ids(Object value) {
        Collection<?> items = value instanceof Collection<?> list ? list : List.of(value);
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.toString()));
        return ids;
    }
}
