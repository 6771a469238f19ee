package dev.kairos.routing;

import static dev.kairos.routing.FormModels.optional;
import static dev.kairos.routing.FormModels.required;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Route choice: the first route whose conditions hold, else the fallback; gone event types fall through. */
class RouterTest {

    private static final FormField SERVICE = required("service", FieldType.SELECT, "sales", "support", "billing");
    private static final FormField SEATS = optional("seats", FieldType.NUMBER);
    private static final FormField COMPANY = optional("company", FieldType.TEXT);
    private static final Action FALLBACK = Action.message("We will get back to you");

    /** Every event type exists, at /owner/et-{id}. */
    private static final Function<Action, Optional<RoutedTo>> EVERYTHING_EXISTS = action -> Optional.of(switch (action.type()) {
        case EVENT_TYPE -> RoutedTo.eventType(action.eventTypeId(), "et-" + action.eventTypeId(), "/owner/et-" + action.eventTypeId(),
                action.teamMemberIds());
        case EXTERNAL_URL -> RoutedTo.externalUrl(action.url());
        case MESSAGE -> RoutedTo.message(action.message());
    });

    private static Route route(String id, Combinator combinator, Action action, Rule... rules) {
        return new Route(id, new Conditions(combinator, List.of(rules)), action);
    }

    private static Rule rule(String fieldId, Operator operator, Object value) {
        return new Rule(fieldId, operator, value);
    }

    private static FormDefinition form(Route... routes) {
        return new FormDefinition(List.of(SERVICE, SEATS, COMPANY), List.of(routes), FALLBACK);
    }

    private static RoutedTo route(FormDefinition form, Map<String, Object> answers) {
        return Router.route(form, answers, EVERYTHING_EXISTS);
    }

    @Test
    void prd83SendsEachOptionToItsEventType() {
        FormDefinition form = form(
                route("a", Combinator.AND, Action.eventType(1, null), rule("service", Operator.EQUALS, "sales")),
                route("b", Combinator.AND, Action.eventType(2, null), rule("service", Operator.EQUALS, "support")));
        assertEquals(1L, route(form, Map.of("service", "sales")).eventTypeId());
        assertEquals("/owner/et-1", route(form, Map.of("service", "sales")).bookingPath());
        assertEquals(2L, route(form, Map.of("service", "support")).eventTypeId());
        assertEquals(FALLBACK.message(), route(form, Map.of("service", "billing")).message());
    }

    @Test
    void theFirstMatchingRouteInOrderWins() {
        FormDefinition form = form(
                route("big", Combinator.AND, Action.eventType(1, null), rule("seats", Operator.GREATER_THAN, new BigDecimal(100))),
                route("sales", Combinator.AND, Action.eventType(2, null), rule("service", Operator.EQUALS, "sales")));
        assertEquals("big", Router.firstMatch(form, Map.of("service", "sales", "seats", new BigDecimal(500))).orElseThrow().id());
        assertEquals("sales", Router.firstMatch(form, Map.of("service", "sales", "seats", new BigDecimal(5))).orElseThrow().id());
    }

    @Test
    void andNeedsEveryRuleAndOrAnyRule() {
        Rule sales = rule("service", Operator.EQUALS, "sales");
        Rule big = rule("seats", Operator.GREATER_THAN, new BigDecimal(100));
        FormDefinition and = form(route("r", Combinator.AND, Action.eventType(1, null), sales, big));
        FormDefinition or = form(route("r", Combinator.OR, Action.eventType(1, null), sales, big));
        Map<String, Object> salesSmall = Map.of("service", "sales", "seats", new BigDecimal(5));
        Map<String, Object> supportBig = Map.of("service", "support", "seats", new BigDecimal(500));
        Map<String, Object> salesBig = Map.of("service", "sales", "seats", new BigDecimal(500));
        Map<String, Object> supportSmall = Map.of("service", "support", "seats", new BigDecimal(5));
        assertEquals(List.of(false, false, true, false), List.of(matches(and, salesSmall), matches(and, supportBig), matches(and, salesBig),
                matches(and, supportSmall)));
        assertEquals(List.of(true, true, true, false), List.of(matches(or, salesSmall), matches(or, supportBig), matches(or, salesBig),
                matches(or, supportSmall)));
    }

    private static boolean matches(FormDefinition form, Map<String, Object> answers) {
        return Router.firstMatch(form, answers).isPresent();
    }

    @Test
    void aRouteWithoutRulesAlwaysMatchesWhateverItsCombinator() {
        FormDefinition and = form(route("sales", Combinator.AND, Action.eventType(1, null), rule("service", Operator.EQUALS, "sales")),
                new Route("catch-all", Conditions.ALWAYS, Action.externalUrl("https://example.com/contact")));
        FormDefinition or = form(new Route("any", new Conditions(Combinator.OR, List.of()), Action.eventType(3, null)));
        assertEquals("https://example.com/contact", route(and, Map.of("service", "billing")).url());
        assertEquals(1L, route(and, Map.of("service", "sales")).eventTypeId());
        assertEquals(3L, route(or, Map.of("service", "billing")).eventTypeId());
    }

    @Test
    void noMatchingRouteMeansTheFallback() {
        FormDefinition form = form(route("sales", Combinator.AND, Action.eventType(1, null), rule("service", Operator.EQUALS, "sales")));
        assertEquals(RoutedTo.message(FALLBACK.message()), route(form, Map.of("service", "support")));
        assertEquals(RoutedTo.message(FALLBACK.message()), route(form(), Map.of("service", "support")));
    }

    @Test
    void anUnansweredOptionalFieldFailsItsRulesButNotEquals() {
        FormDefinition contains = form(route("acme", Combinator.AND, Action.eventType(1, null), rule("company", Operator.CONTAINS, "acme")));
        FormDefinition notEquals = form(route("not-acme", Combinator.AND, Action.eventType(2, null),
                rule("company", Operator.NOT_EQUALS, "acme")));
        FormDefinition orWithAnswered = form(route("either", Combinator.OR, Action.eventType(3, null),
                rule("company", Operator.EQUALS, "acme"), rule("service", Operator.EQUALS, "sales")));
        assertEquals(FALLBACK.message(), route(contains, Map.of("service", "sales")).message());
        assertEquals(2L, route(notEquals, Map.of("service", "sales")).eventTypeId());
        assertEquals(3L, route(orWithAnswered, Map.of("service", "sales")).eventTypeId());
    }

    @Test
    void teamMembersNamedByTheRouteArePassedOn() {
        FormDefinition form = form(new Route("team", Conditions.ALWAYS, Action.eventType(7, List.of(11L, 12L))));
        assertEquals(List.of(11L, 12L), route(form, Map.of("service", "sales")).teamMemberIds());
    }

    @Test
    void aRouteToADeletedEventTypeFallsBackAndAGoneFallbackBecomesAMessage() {
        Set<Long> existing = Set.of(2L);
        Function<Action, Optional<RoutedTo>> someGone = action -> action.type() == ActionType.EVENT_TYPE
                && !existing.contains(action.eventTypeId()) ? Optional.empty() : EVERYTHING_EXISTS.apply(action);
        Route toDeleted = new Route("deleted", Conditions.ALWAYS, Action.eventType(1, null));
        FormDefinition toExisting = new FormDefinition(List.of(SERVICE), List.of(toDeleted), Action.eventType(2, null));
        FormDefinition bothGone = new FormDefinition(List.of(SERVICE), List.of(toDeleted), Action.eventType(3, null));
        FormDefinition fallbackGone = new FormDefinition(List.of(SERVICE), List.of(), Action.eventType(3, null));
        assertEquals(2L, Router.route(toExisting, Map.of("service", "sales"), someGone).eventTypeId());
        assertEquals(RoutedTo.message(Router.UNAVAILABLE), Router.route(bothGone, Map.of("service", "sales"), someGone));
        assertEquals(RoutedTo.message(Router.UNAVAILABLE), Router.route(fallbackGone, Map.of("service", "sales"), someGone));
    }

    @Test
    void multiselectRoutesBySetOperators() {
        FormField topics = optional("topics", FieldType.MULTISELECT, "api", "billing", "security");
        FormDefinition form = new FormDefinition(List.of(topics), List.of(
                route("both", Combinator.AND, Action.eventType(1, null), rule("topics", Operator.ALL_OF, List.of("api", "security"))),
                route("any", Combinator.AND, Action.eventType(2, null), rule("topics", Operator.ANY_OF, List.of("api", "security")))),
                FALLBACK);
        assertEquals(1L, route(form, Map.of("topics", List.of("security", "billing", "api"))).eventTypeId());
        assertEquals(2L, route(form, Map.of("topics", List.of("security"))).eventTypeId());
        assertEquals(FALLBACK.message(), route(form, Map.of("topics", List.of("billing"))).message());
        assertEquals(FALLBACK.message(), route(form, Map.of()).message());
    }
}
