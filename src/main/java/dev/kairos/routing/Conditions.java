package dev.kairos.routing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A route's rules and how they combine; no rules at all means the route always matches. */
@Schema(name = "RoutingFormConditions")
public record Conditions(
        @Schema(required = true) Combinator combinator,
        @Schema(required = true) List<Rule> rules) {

    public static final Conditions ALWAYS = new Conditions(Combinator.AND, List.of());

    public Conditions {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
