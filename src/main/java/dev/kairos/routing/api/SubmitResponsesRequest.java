package dev.kairos.routing.api;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/routing-forms/{id}/responses}: the answers, keyed by field id. */
public record SubmitResponsesRequest(
        @NotNull @Schema(required = true, description = "Field id -> answer: a string, a number, an option id, or a list of "
                + "option ids for multiselect and checkbox fields", example = "{\"service\": \"sales\"}") Map<String, Object> responses) {
}
