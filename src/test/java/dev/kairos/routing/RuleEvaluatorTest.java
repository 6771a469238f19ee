package dev.kairos.routing;

import static dev.kairos.routing.FormModels.ids;
import static dev.kairos.routing.FormModels.optional;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operator on every field type, as answers and rule values are after checking. */
class RuleEvaluatorTest {

    private static boolean holds(FormField field, Operator operator, Object value, Object answer) {
        return RuleEvaluator.holds(new Rule(field.id(), operator, value), field, answer);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource(delimiter = ';', value = {
            "TEXT; EQUALS; Sales; '  sales '; true",
            "TEXT; EQUALS; Sales; support; false",
            "TEXT; NOT_EQUALS; Sales; support; true",
            "TEXT; NOT_EQUALS; Sales; SALES; false",
            "TEXT; CONTAINS; Enterprise Sales team; sales; true",
            "TEXT; CONTAINS; support; sales; false",
            "EMAIL; EQUALS; Jane@Example.com; jane@example.com; true",
            "EMAIL; NOT_EQUALS; jane@example.com; joe@example.com; true",
            "EMAIL; CONTAINS; jane@acme.com; @ACME.com; true",
            "EMAIL; CONTAINS; jane@acme.com; @example.com; false",
            "PHONE; EQUALS; +447700900123; +447700900123; true",
            "PHONE; NOT_EQUALS; +447700900123; +447700900123; false",
            "PHONE; CONTAINS; +447700900123; +44; true",
            "PHONE; CONTAINS; +15550100; +44; false" })
    void textIsComparedTrimmedAndCaseInsensitively(FieldType type, Operator operator, String answer, String value, boolean expected) {
        assertEquals(expected, holds(optional("q", type), operator, value, answer));
    }

    @ParameterizedTest(name = "{1} {0} {2} -> {3}")
    @CsvSource(delimiter = ';', value = {
            "10; EQUALS; 10.0; true",
            "10; EQUALS; 11; false",
            "10; NOT_EQUALS; 11; true",
            "10; NOT_EQUALS; 10; false",
            "11; GREATER_THAN; 10; true",
            "10; GREATER_THAN; 10; false",
            "-5; GREATER_THAN; -6; true",
            "9; LESS_THAN; 10; true",
            "10; LESS_THAN; 10; false",
            "3.5; LESS_THAN; 4; true",
            "4.01; LESS_THAN; 4; false" })
    void numbersAreComparedByValue(String answer, Operator operator, String value, boolean expected) {
        assertEquals(expected, holds(optional("n", FieldType.NUMBER), operator, new BigDecimal(value), new BigDecimal(answer)));
    }

    @Test
    void numbersReadBackFromJsonStillCompare() {
        FormField number = optional("n", FieldType.NUMBER);
        assertEquals(true, holds(number, Operator.GREATER_THAN, 10, 10.5));
        assertEquals(true, holds(number, Operator.EQUALS, 2.0, 2));
    }

    @ParameterizedTest(name = "{0}: {2} {1} {3} -> {4}")
    @CsvSource(delimiter = ';', value = {
            "SELECT; EQUALS; a; a; true",
            "SELECT; EQUALS; a; b; false",
            "SELECT; NOT_EQUALS; a; b; true",
            "SELECT; NOT_EQUALS; a; a; false",
            "RADIO; EQUALS; b; b; true",
            "RADIO; NOT_EQUALS; b; c; true",
            "RADIO; NOT_EQUALS; c; c; false" })
    void aSingleChoiceComparesOptionIds(FieldType type, Operator operator, String answer, String value, boolean expected) {
        assertEquals(expected, holds(optional("s", type, "a", "b", "c"), operator, value, answer));
    }

    @ParameterizedTest(name = "{0}: {2} {1} [{3}] -> {4}")
    @CsvSource(delimiter = ';', value = {
            "SELECT; ANY_OF; a; a|b; true",
            "SELECT; ANY_OF; c; a|b; false",
            "SELECT; ALL_OF; a; a; true",
            "SELECT; ALL_OF; a; a|b; false",
            "RADIO; ANY_OF; b; a|b; true",
            "RADIO; ANY_OF; c; a; false",
            "RADIO; ALL_OF; b; b; true",
            "RADIO; ALL_OF; b; c; false" })
    void aSingleChoiceIsASetOfOneForAnyOfAndAllOf(FieldType type, Operator operator, String answer, String value, boolean expected) {
        assertEquals(expected, holds(optional("s", type, "a", "b", "c"), operator, ids(value), answer));
    }

    @ParameterizedTest(name = "{0}: [{2}] {1} [{3}] -> {4}")
    @CsvSource(delimiter = ';', value = {
            "MULTISELECT; EQUALS; a|b; b|a; true",
            "MULTISELECT; EQUALS; a; a|b; false",
            "MULTISELECT; NOT_EQUALS; a; a|b; true",
            "MULTISELECT; NOT_EQUALS; b|a; a|b; false",
            "MULTISELECT; CONTAINS; a|c; c; true",
            "MULTISELECT; CONTAINS; a; b; false",
            "MULTISELECT; ANY_OF; a|c; b|c; true",
            "MULTISELECT; ANY_OF; a; b|c; false",
            "MULTISELECT; ALL_OF; a|b|c; a|b; true",
            "MULTISELECT; ALL_OF; a; a|b; false",
            "CHECKBOX; EQUALS; c; c; true",
            "CHECKBOX; NOT_EQUALS; c; a; true",
            "CHECKBOX; CONTAINS; a|b; b; true",
            "CHECKBOX; CONTAINS; a|b; c; false",
            "CHECKBOX; ANY_OF; b; a|b; true",
            "CHECKBOX; ANY_OF; c; a|b; false",
            "CHECKBOX; ALL_OF; a|b; b|a; true",
            "CHECKBOX; ALL_OF; a|c; a|b; false" })
    void aMultipleChoiceIsASet(FieldType type, Operator operator, String answer, String value, boolean expected) {
        assertEquals(expected, holds(optional("m", type, "a", "b", "c"), operator, ids(value), ids(answer)));
    }

    @ParameterizedTest
    @EnumSource(FieldType.class)
    void noAnswerMakesEveryRuleFalseButNotEquals(FieldType type) {
        FormField field = optional("q", type, "a", "b");
        for (Operator operator : Operator.values()) {
            if (type.allows(operator)) {
                Object value = type == FieldType.NUMBER ? BigDecimal.ONE : type.hasOptions() ? ids("a") : "a";
                assertEquals(operator == Operator.NOT_EQUALS, holds(field, operator, value, null), type + " " + operator);
            }
        }
    }

    @Test
    void operatorsSuitTheirTypes() {
        assertEquals("equals, not_equals, contains", FieldType.TEXT.operatorNames());
        assertEquals("equals, not_equals, greater_than, less_than", FieldType.NUMBER.operatorNames());
        assertEquals("equals, not_equals, any_of, all_of", FieldType.SELECT.operatorNames());
        assertEquals("equals, not_equals, contains, any_of, all_of", FieldType.CHECKBOX.operatorNames());
    }
}
