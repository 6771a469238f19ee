package dev.kairos.routing;

import static dev.kairos.routing.FormModels.optional;
import static dev.kairos.routing.FormModels.required;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A booker's answers: required, known, and of the field's kind, normalised for routing and storage. */
class AnswerRulesTest {

    private static Object answer(FormField field, Object value) {
        Map<String, Object> given = new HashMap<>();
        given.put(field.id(), value);
        return AnswerRules.check(List.of(field), given).get(field.id());
    }

    private static List<ErrorDetail> refused(List<FormField> fields, Map<String, Object> given) {
        ApiException refused = assertThrows(ApiException.class, () -> AnswerRules.check(fields, given));
        assertEquals(ErrorCode.VALIDATION_ERROR, refused.code());
        return refused.details();
    }

    private static String refusal(FormField field, Object value) {
        Map<String, Object> given = new HashMap<>();
        given.put(field.id(), value);
        List<ErrorDetail> details = refused(List.of(field), given);
        assertEquals(1, details.size(), details.toString());
        assertEquals("responses." + field.id(), details.get(0).field());
        return details.get(0).message();
    }

    @Test
    void requiredFieldsMustBeAnsweredWithSomething() {
        FormField name = required("name", FieldType.TEXT);
        FormField topics = required("topics", FieldType.MULTISELECT, "a", "b");
        FormField service = required("service", FieldType.SELECT, "a");
        List<ErrorDetail> details = refused(List.of(name, topics, service), Map.of("name", "   ", "topics", List.of()));
        assertEquals(List.of("responses.name", "responses.topics", "responses.service"), details.stream().map(ErrorDetail::field).toList());
        assertTrue(details.get(0).message().startsWith("is required"), details.get(0).message());
        Map<String, Object> nullAnswer = new HashMap<>();
        nullAnswer.put("name", null);
        assertEquals("responses.name", refused(List.of(name), nullAnswer).get(0).field());
    }

    @Test
    void unknownFieldsAreRefusedAlongsideOtherProblems() {
        List<ErrorDetail> details = refused(List.of(required("email", FieldType.EMAIL)), Map.of("email", "nope", "age", 3));
        assertEquals(List.of("responses.age", "responses.email"), details.stream().map(ErrorDetail::field).toList());
        assertTrue(details.get(0).message().contains("not a field of this form"), details.get(0).message());
    }

    @Test
    void blankOptionalAnswersCountAsUnanswered() {
        List<FormField> fields = List.of(optional("note", FieldType.TEXT), optional("n", FieldType.NUMBER),
                optional("s", FieldType.SELECT, "a"), optional("m", FieldType.CHECKBOX, "a"), optional("p", FieldType.PHONE));
        assertEquals(Map.of(), AnswerRules.check(fields, Map.of("note", " ", "n", "", "s", "", "m", List.of(), "p", "  ")));
    }

    @Test
    void answersComeBackInTheFieldsOrder() {
        List<FormField> fields = List.of(optional("first", FieldType.TEXT), optional("second", FieldType.TEXT));
        assertEquals(List.of("first", "second"),
                List.copyOf(AnswerRules.check(fields, Map.of("second", "2", "first", "1")).keySet()));
    }

    @Test
    void textIsTrimmedAndLimited() {
        FormField text = optional("t", FieldType.TEXT);
        assertEquals("hello", answer(text, "  hello "));
        assertEquals("x".repeat(10_000), answer(text, "x".repeat(10_000)));
        assertTrue(refusal(text, "x".repeat(10_001)).contains("at most 10000"));
        assertEquals("must be a string", refusal(text, 42));
        assertEquals("must be a string", refusal(text, List.of("a")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "jane@example.com", "Jane.Doe+tag@mail.example.co.uk" })
    void wellFormedEmailsAreAccepted(String email) {
        assertEquals(email, answer(optional("e", FieldType.EMAIL), " " + email + " "));
    }

    @ParameterizedTest
    @ValueSource(strings = { "jane", "jane@", "@example.com", "jane@example", "jane doe@example.com", "jane@@example.com" })
    void malformedEmailsAreRefused(String email) {
        assertTrue(refusal(optional("e", FieldType.EMAIL), email).contains("well-formed email"));
    }

    @Test
    void phoneNumbersAreStoredAsPlusAndDigits() {
        FormField phone = optional("p", FieldType.PHONE);
        assertEquals("+447700900123", answer(phone, "+44 7700 900123"));
        assertEquals("+15550100", answer(phone, "+1-555-0100"));
        assertEquals("+1234567", answer(phone, "+1234567"));
        assertEquals("+123456789012345", answer(phone, "+123456789012345"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+123456", "+1234567890123456", "447700900123", "0044 7700 900123", "+44 7700 CALL", "+" })
    void phoneNumbersNeedAPlusAndSevenToFifteenDigits(String phone) {
        assertTrue(refusal(optional("p", FieldType.PHONE), phone).contains("international format"));
    }

    @Test
    void numbersMayComeAsJsonNumbersOrNumericStrings() {
        FormField number = optional("n", FieldType.NUMBER);
        assertEquals(new BigDecimal("42"), answer(number, 42));
        assertEquals(new BigDecimal("3.5"), answer(number, 3.5));
        assertEquals(new BigDecimal("-7"), answer(number, " -7 "));
        assertTrue(refusal(number, "seven").contains("must be a number"));
        assertTrue(refusal(number, true).contains("must be a number"));
        assertTrue(refusal(number, List.of(1)).contains("must be a number"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "SELECT", "RADIO" })
    void aSingleChoiceIsOneExistingOptionId(FieldType type) {
        FormField field = optional("s", type, "sales", "support");
        assertEquals("support", answer(field, "support"));
        assertTrue(refusal(field, "Support").contains("not an option"));
        assertTrue(refusal(field, List.of("sales")).contains("must be the id of one of the options"));
        assertTrue(refusal(field, 1).contains("must be the id of one of the options"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "MULTISELECT", "CHECKBOX" })
    void aMultipleChoiceIsAListOfExistingOptionIds(FieldType type) {
        FormField field = optional("m", type, "a", "b", "c");
        assertEquals(List.of("c", "a"), answer(field, List.of("c", "a", "c")));
        assertTrue(refusal(field, List.of("a", "z")).contains("'z' is not an option"));
        assertTrue(refusal(field, "a").contains("must be a list of option ids"));
        assertTrue(refusal(field, List.of(1)).contains("as strings"));
    }
}
