package dev.kairos.routing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /v2/routing-forms/{id}}: only the properties sent change; fields and routes, when
 * sent, replace the whole list. The form is checked again as a whole. A form cannot move to another team.
 */
public record UpdateRoutingFormRequest(
        @Size(min = 1, max = FormLimits.MAX_NAME) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
        @Valid @Size(max = FormLimits.MAX_FIELDS) List<@NotNull FieldInput> fields,
        @Valid @Size(max = FormLimits.MAX_ROUTES) List<@NotNull RouteInput> routes,
        @Valid ActionInput fallbackAction) {
}
