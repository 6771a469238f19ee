package dev.kairos.routing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A route's rules and how they combine; no rules means the route always matches. */
@Schema(name = "RoutingFormConditionsInput")
public record ConditionsInput(
        @Schema(enumeration = { "and", "or" }, description = "Default and") String combinator,
        @Valid @Size(max = FormLimits.MAX_RULES) List<@NotNull RuleInput> rules) {
}
