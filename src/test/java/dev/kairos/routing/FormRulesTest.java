package dev.kairos.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorDetail;
import dev.kairos.routing.api.ActionInput;
import dev.kairos.routing.api.ConditionsInput;
import dev.kairos.routing.api.FieldInput;
import dev.kairos.routing.api.OptionInput;
import dev.kairos.routing.api.RouteInput;
import dev.kairos.routing.api.RuleInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A form is read and checked as a whole when saved: every problem reported with its path. */
class FormRulesTest {

    private static final long OWNER = 1;
    private static final long TEAM = 50;
    private static final RoutableEventType MINE = new RoutableEventType(10, "demo", OWNER, null, List.of(), "/owner/demo");
    private static final RoutableEventType OTHERS = new RoutableEventType(11, "theirs", 2L, null, List.of(), "/other/theirs");
    private static final RoutableEventType TEAMS = new RoutableEventType(20, "support", null, TEAM, List.of(3L, 4L), "/team/t/support");
    private static final RoutableEventType OTHER_TEAMS = new RoutableEventType(21, "x", null, 51L, List.of(3L), "/team/u/x");
    private static final Map<Long, RoutableEventType> EVENT_TYPES = Map.of(10L, MINE, 11L, OTHERS, 20L, TEAMS, 21L, OTHER_TEAMS);
    private static final FormOwner PERSONAL = new FormOwner(OWNER, null);
    private static final FormOwner TEAM_FORM = new FormOwner(OWNER, TEAM);
    private static final ActionInput MESSAGE = new ActionInput("message", null, null, null, "Thanks");

    private static FieldInput field(String id, String type, String... optionIds) {
        List<OptionInput> options = Arrays.stream(optionIds).map(o -> new OptionInput(o, "Label " + o)).toList();
        return new FieldInput(id, "Question " + id, type, true, options);
    }

    private static RouteInput route(String id, ActionInput action, RuleInput... rules) {
        return new RouteInput(id, new ConditionsInput("and", List.of(rules)), action);
    }

    private static ActionInput toEventType(long id, Long... members) {
        return new ActionInput("eventType", id, members.length == 0 ? null : List.of(members), null, null);
    }

    /** What the service does: read, then check against the event types. */
    private static FormDefinition check(FormOwner owner, List<FieldInput> fields, List<RouteInput> routes, ActionInput fallback) {
        Problems problems = new Problems();
        FormDefinition draft = new FormDefinition(FormParser.fields(fields, problems), FormParser.routes(routes, problems),
                FormParser.action(fallback, "fallbackAction", problems));
        problems.throwIfAny("Invalid routing form");
        FormDefinition checked = FormRules.check(draft, owner, EVENT_TYPES, problems);
        problems.throwIfAny("Invalid routing form");
        return checked;
    }

    private static List<ErrorDetail> problems(FormOwner owner, List<FieldInput> fields, List<RouteInput> routes, ActionInput fallback) {
        return assertThrows(ApiException.class, () -> check(owner, fields, routes, fallback)).details();
    }

    private static List<String> paths(List<ErrorDetail> details) {
        return details.stream().map(ErrorDetail::field).toList();
    }

    @Test
    void aValidFormKeepsItsShapeWithNormalisedRuleValues() {
        FormDefinition form = check(PERSONAL,
                List.of(field("service", "select", "sales", "support"), field("seats", "number"), field("phone", "phone"),
                        field("topics", "multiselect", "api", "billing"), field("company", "text")),
                List.of(route("r1", toEventType(10), new RuleInput("service", "equals", "sales"),
                        new RuleInput("seats", "greater_than", "10"), new RuleInput("phone", "contains", "+44 (77)"),
                        new RuleInput("topics", "contains", "api"), new RuleInput("company", "contains", "  Acme ")),
                        route("r2", new ActionInput("externalUrl", null, null, " https://example.com/help ", null))),
                MESSAGE);
        List<Object> values = form.routes().get(0).conditions().rules().stream().map(Rule::value).toList();
        assertEquals(List.of("sales", new BigDecimal("10"), "+4477", List.of("api"), "Acme"), values);
        assertEquals(Action.externalUrl("https://example.com/help"), form.routes().get(1).action());
        assertEquals(Conditions.ALWAYS.rules(), check(PERSONAL, List.of(), List.of(new RouteInput("any", null, MESSAGE)), MESSAGE)
                .routes().get(0).conditions().rules());
        assertEquals(5, form.fields().size());
        assertEquals(FieldType.MULTISELECT, form.fields().get(3).type());
    }

    @Test
    void fieldsNeedKnownTypesAndOptionsExactlyWhenTheyChoose() {
        List<ErrorDetail> details = problems(PERSONAL, List.of(field("a", "dropdown"), field("b", "select"), field("c", "text", "x"),
                field("d", "radio", "x", "y", "x"), field("e", "checkbox")), List.of(), MESSAGE);
        assertEquals(List.of("fields[0].type", "fields[1].options", "fields[2].options", "fields[3].options[2].id", "fields[4].options"),
                paths(details));
        assertTrue(details.get(0).message().contains("use one of text, email, phone, number, select, multiselect, radio, checkbox"));
        assertTrue(details.get(1).message().contains("needs at least one option"));
    }

    @Test
    void fieldAndRouteIdsAreUnique() {
        List<ErrorDetail> details = problems(PERSONAL, List.of(field("a", "text"), field("a", "email")),
                List.of(route("r", MESSAGE), route("r", MESSAGE)), MESSAGE);
        assertEquals(List.of("fields[1].id", "routes[1].id"), paths(details));
        assertTrue(details.get(0).message().contains("fields[0]"), details.get(0).message());
    }

    @Test
    void rulesNameExistingFieldsWithKnownOperatorsAndCombinators() {
        List<ErrorDetail> details = problems(PERSONAL, List.of(field("a", "text")), List.of(
                route("r0", MESSAGE, new RuleInput("nope", "equals", "x")),
                route("r1", MESSAGE, new RuleInput("a", "like", "x")),
                new RouteInput("r2", new ConditionsInput("xor", List.of()), MESSAGE)), MESSAGE);
        assertEquals(List.of("routes[1].conditions.rules[0].operator", "routes[2].conditions.combinator"), paths(details));
        List<ErrorDetail> missing = problems(PERSONAL, List.of(field("a", "text")),
                List.of(route("r0", MESSAGE, new RuleInput("nope", "equals", "x"))), MESSAGE);
        assertEquals(List.of("routes[0].conditions.rules[0].fieldId"), paths(missing));
        assertTrue(missing.get(0).message().contains("use one of the fields' ids: a"), missing.get(0).message());
    }

    /** The operator table of API.md: comparisons for numbers, sets for choices, contains for text and multiple choices. */
    @ParameterizedTest
    @EnumSource(FieldType.class)
    void operatorsMustSuitTheFieldType(FieldType type) {
        for (Operator operator : Operator.values()) {
            boolean expected = switch (operator) {
                case EQUALS, NOT_EQUALS -> true;
                case GREATER_THAN, LESS_THAN -> type == FieldType.NUMBER;
                case ANY_OF, ALL_OF -> type.hasOptions();
                case CONTAINS -> type.textual() || type.multiple();
            };
            boolean oneOption = type.hasOptions() && !type.multiple() && (operator == Operator.EQUALS || operator == Operator.NOT_EQUALS);
            Object value = type == FieldType.NUMBER ? 5 : type.hasOptions() && !oneOption ? List.of("x") : "x";
            List<RouteInput> routes = List.of(route("r", MESSAGE, new RuleInput("f", operator.wireName(), value)));
            List<FieldInput> fields = List.of(type.hasOptions() ? field("f", type.wireName(), "x") : field("f", type.wireName()));
            if (expected) {
                check(PERSONAL, fields, routes, MESSAGE);
            } else {
                assertEquals(List.of("routes[0].conditions.rules[0].operator"), paths(problems(PERSONAL, fields, routes, MESSAGE)),
                        type + " " + operator);
            }
        }
    }

    @Test
    void ruleValuesMustSuitTheFieldAndOperator() {
        List<FieldInput> fields = List.of(field("s", "select", "a", "b"), field("n", "number"), field("t", "text"),
                field("m", "multiselect", "a", "b"));
        List<ErrorDetail> details = problems(PERSONAL, fields, List.of(route("r", MESSAGE,
                new RuleInput("s", "equals", "c"),
                new RuleInput("s", "any_of", List.of()),
                new RuleInput("s", "equals", List.of("a")),
                new RuleInput("n", "less_than", "ten"),
                new RuleInput("t", "equals", 5),
                new RuleInput("t", "contains", " "),
                new RuleInput("m", "all_of", List.of("a", "z")),
                new RuleInput("m", "equals", null),
                new RuleInput("s", "any_of", List.of("a", "b")))), MESSAGE);
        List<String> expected = new ArrayList<>();
        for (int j = 0; j < 8; j++) {
            expected.add("routes[0].conditions.rules[" + j + "].value");
        }
        assertEquals(expected, paths(details));
        assertTrue(details.get(0).message().contains("'c' is not an option of field 's'; its options are a, b"));
    }

    @Test
    void actionsNeedWhatTheirTypeNeedsAndNothingElse() {
        List<ErrorDetail> details = problems(PERSONAL, List.of(), List.of(
                route("r0", new ActionInput("redirect", null, null, null, null)),
                route("r1", new ActionInput("eventType", null, null, null, null)),
                route("r2", new ActionInput("externalUrl", null, null, "ftp://example.com/x", null)),
                route("r3", new ActionInput("externalUrl", null, null, "/relative/path", null)),
                route("r4", new ActionInput("message", null, null, null, "  ")),
                route("r5", new ActionInput("eventType", 10L, null, "https://example.com", null)),
                route("r6", new ActionInput("message", null, List.of(3L), null, "hi"))),
                new ActionInput("message", 10L, null, null, "x"));
        assertEquals(List.of("routes[0].action.type", "routes[1].action.eventTypeId", "routes[2].action.url", "routes[3].action.url",
                "routes[4].action.message", "routes[5].action.url", "routes[6].action.teamMemberIds", "fallbackAction.eventTypeId"),
                paths(details));
        assertTrue(details.get(2).message().contains("absolute http or https URL"), details.get(2).message());
        assertTrue(details.get(5).message().contains("does not apply to a eventType action"), details.get(5).message());
    }

    @Test
    void aPersonalFormRoutesOnlyToItsOwnersEventTypes() {
        check(PERSONAL, List.of(), List.of(route("mine", toEventType(10))), toEventType(10));
        List<ErrorDetail> details = problems(PERSONAL, List.of(), List.of(route("theirs", toEventType(11)),
                route("team", toEventType(20)), route("gone", toEventType(99))), toEventType(11));
        assertEquals(List.of("routes[0].action.eventTypeId", "routes[1].action.eventTypeId", "routes[2].action.eventTypeId",
                "fallbackAction.eventTypeId"), paths(details));
        assertTrue(details.get(0).message().contains("a personal form routes to its owner's event types"));
    }

    @Test
    void aTeamFormRoutesToTheTeamsEventTypesAndItsCreatorsOwn() {
        check(TEAM_FORM, List.of(), List.of(route("team", toEventType(20)), route("creator", toEventType(10))), MESSAGE);
        List<ErrorDetail> details = problems(TEAM_FORM, List.of(), List.of(route("other-team", toEventType(21)),
                route("other-user", toEventType(11))), MESSAGE);
        assertEquals(List.of("routes[0].action.eventTypeId", "routes[1].action.eventTypeId"), paths(details));
    }

    @Test
    void teamMembersMustBeHostsOfATeamEventType() {
        FormDefinition form = check(TEAM_FORM, List.of(), List.of(route("r", toEventType(20, 4L, 3L, 4L))), MESSAGE);
        assertEquals(List.of(4L, 3L), form.routes().get(0).action().teamMemberIds());
        List<ErrorDetail> details = problems(TEAM_FORM, List.of(), List.of(route("personal", toEventType(10, 3L)),
                route("not-host", toEventType(20, 3L, 9L))), MESSAGE);
        assertEquals(List.of("routes[0].action.teamMemberIds", "routes[1].action.teamMemberIds[1]"), paths(details));
        assertTrue(details.get(1).message().contains("user 9 is not a host of event type 20; its hosts are [3, 4]"));
    }
}
