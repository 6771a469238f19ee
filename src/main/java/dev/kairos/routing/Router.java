package dev.kairos.routing;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Picks where a response goes: the first route, in order, whose conditions hold for the answers
 * (a route without rules always holds), else the fallback. Plain Java.
 */
final class Router {

    static final String UNAVAILABLE = "This form's route is unavailable: the event type it sends you to no longer exists. "
            + "Please contact the form's owner.";

    private Router() {
    }

    /** The first matching route, or empty when the fallback applies. */
    static Optional<Route> firstMatch(FormDefinition form, Map<String, Object> answers) {
        return form.routes().stream().filter(route -> holds(route.conditions(), form, answers)).findFirst();
    }

    /**
     * Where the answers lead. {@code destination} turns an action into a place, or empty when the
     * place is gone (a deleted event type): then the fallback applies, and when that is gone too,
     * a message saying the route is unavailable.
     */
    static RoutedTo route(FormDefinition form, Map<String, Object> answers, Function<Action, Optional<RoutedTo>> destination) {
        Optional<Route> match = firstMatch(form, answers);
        if (match.isPresent()) {
            Optional<RoutedTo> routed = destination.apply(match.get().action());
            if (routed.isPresent()) {
                return routed.get();
            }
        }
        return destination.apply(form.fallbackAction()).orElseGet(() -> RoutedTo.message(UNAVAILABLE));
    }

    static boolean holds(Conditions conditions, FormDefinition form, Map<String, Object> answers) {
        if (conditions.rules().isEmpty()) {
            return true;
        }
        return conditions.combinator() == Combinator.AND
                ? conditions.rules().stream().allMatch(rule -> holds(rule, form, answers))
                : conditions.rules().stream().anyMatch(rule -> holds(rule, form, answers));
    }

    private static boolean holds(Rule rule, FormDefinition form, Map<String, Object> answers) {
        return form.field(rule.fieldId()).map(field -> RuleEvaluator.holds(rule, field, answers.get(rule.fieldId()))).orElse(false);
    }
}
