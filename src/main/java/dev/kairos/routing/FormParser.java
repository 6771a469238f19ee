package dev.kairos.routing;

import dev.kairos.routing.api.ActionInput;
import dev.kairos.routing.api.ConditionsInput;
import dev.kairos.routing.api.FieldInput;
import dev.kairos.routing.api.OptionInput;
import dev.kairos.routing.api.RouteInput;
import dev.kairos.routing.api.RuleInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the request's fields, routes and actions into the form's model, reporting what cannot be
 * read (unknown types, operators and combinators, options where none belong, an action missing
 * what its type needs). Cross-references are {@link FormRules}' job. Plain Java.
 */
final class FormParser {

    private FormParser() {
    }

    static List<FormField> fields(List<FieldInput> inputs, Problems problems) {
        List<FormField> fields = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            FormField field = field(inputs.get(i), "fields[" + i + "]", problems);
            if (field != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    static List<Route> routes(List<RouteInput> inputs, Problems problems) {
        List<Route> routes = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RouteInput input = inputs.get(i);
            String at = "routes[" + i + "]";
            Conditions conditions = conditions(input.conditions(), at + ".conditions", problems);
            Action action = action(input.action(), at + ".action", problems);
            if (conditions != null && action != null) {
                routes.add(new Route(input.id().trim(), conditions, action));
            }
        }
        return routes;
    }

    static Action action(ActionInput input, String at, Problems problems) {
        ActionType type = ActionType.parse(input.type()).orElse(null);
        if (type == null) {
            problems.add(at + ".type", "unknown action type '" + input.type() + "'; use one of " + ActionType.NAMES);
            return null;
        }
        int before = problems.details().size();
        refuseUnless(type == ActionType.EVENT_TYPE, input.eventTypeId(), at + ".eventTypeId", type, problems);
        refuseUnless(type == ActionType.EVENT_TYPE, emptyToNull(input.teamMemberIds()), at + ".teamMemberIds", type, problems);
        refuseUnless(type == ActionType.EXTERNAL_URL, input.url(), at + ".url", type, problems);
        refuseUnless(type == ActionType.MESSAGE, input.message(), at + ".message", type, problems);
        Action action = switch (type) {
            case EVENT_TYPE -> eventType(input, at, problems);
            case EXTERNAL_URL -> externalUrl(input.url(), at + ".url", problems);
            case MESSAGE -> message(input.message(), at + ".message", problems);
        };
        return problems.details().size() == before ? action : null;
    }

    private static FormField field(FieldInput input, String at, Problems problems) {
        FieldType type = FieldType.parse(input.type()).orElse(null);
        if (type == null) {
            problems.add(at + ".type", "unknown field type '" + input.type() + "'; use one of " + FieldType.NAMES);
            return null;
        }
        List<OptionInput> options = input.options() == null ? List.of() : input.options();
        if (type.hasOptions() && options.isEmpty()) {
            problems.add(at + ".options", "a " + type.wireName() + " field needs at least one option: add {\"id\", \"label\"} entries");
        } else if (!type.hasOptions() && !options.isEmpty()) {
            problems.add(at + ".options", "only select, multiselect, radio and checkbox fields have options; leave options out of a "
                    + type.wireName() + " field");
        }
        Set<String> optionIds = new HashSet<>();
        List<FieldOption> parsed = new ArrayList<>();
        for (int j = 0; j < options.size(); j++) {
            String id = options.get(j).id().trim();
            if (!optionIds.add(id)) {
                problems.add(at + ".options[" + j + "].id", "'" + id + "' is already the id of another option of this field; "
                        + "option ids must be unique within a field");
            }
            parsed.add(new FieldOption(id, options.get(j).label().trim()));
        }
        return new FormField(input.id().trim(), input.label().trim(), type, Boolean.TRUE.equals(input.required()), parsed);
    }

    private static Conditions conditions(ConditionsInput input, String at, Problems problems) {
        if (input == null) {
            return Conditions.ALWAYS;
        }
        Combinator combinator = input.combinator() == null ? Combinator.AND : Combinator.parse(input.combinator()).orElse(null);
        if (combinator == null) {
            problems.add(at + ".combinator", "unknown combinator '" + input.combinator() + "'; use and or or");
            return null;
        }
        List<Rule> rules = new ArrayList<>();
        List<RuleInput> inputs = input.rules() == null ? List.of() : input.rules();
        for (int j = 0; j < inputs.size(); j++) {
            RuleInput rule = inputs.get(j);
            Operator operator = Operator.parse(rule.operator()).orElse(null);
            if (operator == null) {
                problems.add(at + ".rules[" + j + "].operator", "unknown operator '" + rule.operator() + "'; use one of " + Operator.NAMES);
            } else {
                rules.add(new Rule(rule.fieldId().trim(), operator, rule.value()));
            }
        }
        return rules.size() == inputs.size() ? new Conditions(combinator, rules) : null;
    }

    private static Action eventType(ActionInput input, String at, Problems problems) {
        if (input.eventTypeId() == null) {
            problems.add(at + ".eventTypeId", "is required for an eventType action: the id of the event type to send the booker to");
            return null;
        }
        List<Long> members = input.teamMemberIds() == null || input.teamMemberIds().isEmpty() ? null
                : List.copyOf(new LinkedHashSet<>(input.teamMemberIds()));
        return Action.eventType(input.eventTypeId(), members);
    }

    private static Action externalUrl(String url, String at, Problems problems) {
        String trimmed = url == null ? "" : url.trim();
        if (!isAbsoluteHttpUrl(trimmed)) {
            problems.add(at, "is required for an externalUrl action and must be an absolute http or https URL, "
                    + "e.g. https://example.com/contact");
            return null;
        }
        return Action.externalUrl(trimmed);
    }

    private static Action message(String message, String at, Problems problems) {
        if (message == null || message.isBlank()) {
            problems.add(at, "is required for a message action: the text to show the booker");
            return null;
        }
        return Action.message(message.trim());
    }

    static boolean isAbsoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<Long> emptyToNull(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids;
    }

    private static void refuseUnless(boolean belongs, Object value, String at, ActionType type, Problems problems) {
        if (!belongs && value != null) {
            problems.add(at, "does not apply to a " + type.wireName() + " action; leave it out");
        }
    }
}
