package dev.kairos.organization.api;

import dev.kairos.team.api.TeamFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/organizations} (platform administrators). */
public record CreateOrganizationRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Acme Academy") String name,
        @NotNull @Pattern(regexp = TeamFields.SLUG, message = TeamFields.SLUG_MESSAGE)
        @Schema(required = true, example = "acme", description = "Unique among organisations and top-level teams, case-insensitively")
        String slug) {
}
