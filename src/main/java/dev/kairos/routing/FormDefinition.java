package dev.kairos.routing;

import java.util.List;
import java.util.Optional;

/** What a routing form asks and where it routes: checked, ready to store and to evaluate. */
public record FormDefinition(List<FormField> fields, List<Route> routes, Action fallbackAction) {

    public FormDefinition {
        fields = List.copyOf(fields);
        routes = List.copyOf(routes);
    }

    public Optional<FormField> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
