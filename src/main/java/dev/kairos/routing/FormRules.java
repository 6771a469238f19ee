package dev.kairos.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a whole form must keep: unique field and route ids, rules naming existing fields with
 * an operator and a value that suit the field, and actions that send bookers only to event types
 * the form may route to (and to hosts of them). Plain Java: the caller looks the event types up.
 */
final class FormRules {

    private FormRules() {
    }

    /**
     * The form with its rule values normalised, or every problem found.
     *
     * @param eventTypes the event types the actions name, by id; a missing id is unknown
     */
    static FormDefinition check(FormDefinition form, FormOwner owner, Map<Long, RoutableEventType> eventTypes, Problems problems) {
        Map<String, FormField> fields = uniqueFields(form.fields(), problems);
        uniqueRoutes(form.routes(), problems);
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < form.routes().size(); i++) {
            Route route = form.routes().get(i);
            String at = "routes[" + i + "]";
            List<Rule> rules = rules(route.conditions().rules(), fields, at + ".conditions.rules", problems);
            target(route.action(), at + ".action", owner, eventTypes, problems);
            routes.add(new Route(route.id(), new Conditions(route.conditions().combinator(), rules), route.action()));
        }
        target(form.fallbackAction(), "fallbackAction", owner, eventTypes, problems);
        return new FormDefinition(form.fields(), routes, form.fallbackAction());
    }

    /** The event type ids the form's actions name, to look up before {@link #check}. */
    static Set<Long> eventTypeIds(FormDefinition form) {
        List<Action> actions = new ArrayList<>(form.routes().stream().map(Route::action).toList());
        actions.add(form.fallbackAction());
        return actions.stream().filter(a -> a.type() == ActionType.EVENT_TYPE).map(Action::eventTypeId).collect(Collectors.toSet());
    }

    private static Map<String, FormField> uniqueFields(List<FormField> fields, Problems problems) {
        Map<String, FormField> byId = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            FormField field = fields.get(i);
            Integer earlier = index.putIfAbsent(field.id(), i);
            if (earlier != null) {
                problems.add("fields[" + i + "].id", "'" + field.id() + "' is already the id of fields[" + earlier
                        + "]; field ids must be unique within the form");
            }
            byId.putIfAbsent(field.id(), field);
        }
        return byId;
    }

    private static void uniqueRoutes(List<Route> routes, Problems problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            Integer earlier = index.putIfAbsent(routes.get(i).id(), i);
            if (earlier != null) {
                problems.add("routes[" + i + "].id", "'" + routes.get(i).id() + "' is already the id of routes[" + earlier
                        + "]; route ids must be unique within the form");
            }
        }
    }

    private static List<Rule> rules(List<Rule> rules, Map<String, FormField> fields, String at, Problems problems) {
        List<Rule> checked = new ArrayList<>();
        for (int j = 0; j < rules.size(); j++) {
            Rule rule = rules.get(j);
            String here = at + "[" + j + "]";
            FormField field = fields.get(rule.fieldId());
            if (field == null) {
                problems.add(here + ".fieldId", "no field '" + rule.fieldId() + "' in this form; use one of the fields' ids: "
                        + String.join(", ", fields.keySet().stream().sorted().limit(20).toList()));
                continue;
            }
            if (!field.type().allows(rule.operator())) {
                problems.add(here + ".operator", "'" + rule.operator().wireName() + "' does not apply to the " + field.type().wireName()
                        + " field '" + field.id() + "'; use one of " + field.type().operatorNames());
                continue;
            }
            try {
                checked.add(new Rule(rule.fieldId(), rule.operator(), RuleValues.normalize(field, rule.operator(), rule.value())));
            } catch (RuleValues.Invalid invalid) {
                problems.add(here + ".value", invalid.getMessage());
            }
        }
        return checked;
    }

    private static void target(Action action, String at, FormOwner owner, Map<Long, RoutableEventType> eventTypes, Problems problems) {
        if (action.type() != ActionType.EVENT_TYPE) {
            return;
        }
        RoutableEventType eventType = eventTypes.get(action.eventTypeId());
        if (eventType == null || !owner.mayRouteTo(eventType)) {
            problems.add(at + ".eventTypeId", "no event type " + action.eventTypeId() + " this form may route to: "
                    + (owner.teamId() == null ? "a personal form routes to its owner's event types"
                            : "a team form routes to the team's event types and to its creator's own"));
            return;
        }
        List<Long> members = action.teamMemberIds() == null ? List.of() : action.teamMemberIds();
        if (!members.isEmpty() && eventType.teamId() == null) {
            problems.add(at + ".teamMemberIds", "apply only to team event types, and event type " + eventType.id()
                    + " is personal; leave teamMemberIds out");
            return;
        }
        for (int k = 0; k < members.size(); k++) {
            if (!eventType.hostIds().contains(members.get(k))) {
                problems.add(at + ".teamMemberIds[" + k + "]", "user " + members.get(k) + " is not a host of event type "
                        + eventType.id() + "; its hosts are " + eventType.hostIds());
            }
        }
    }
}
