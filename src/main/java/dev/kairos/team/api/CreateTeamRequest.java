package dev.kairos.team.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/teams}: the caller becomes the team's owner. */
public record CreateTeamRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Customer Success") String name,
        @NotNull @Pattern(regexp = TeamFields.SLUG, message = TeamFields.SLUG_MESSAGE)
        @Schema(required = true, example = "customer-success", description = "Unique among top-level teams, case-insensitively")
        String slug,
        @Size(max = 1000) String bio,
        @Size(max = 2048) @Pattern(regexp = TeamFields.HTTPS_URL, message = TeamFields.HTTPS_URL_MESSAGE) String logoUrl,
        @Size(max = 2048) @Pattern(regexp = TeamFields.HTTPS_URL, message = TeamFields.HTTPS_URL_MESSAGE) String bannerUrl,
        @Pattern(regexp = TeamFields.COLOR, message = TeamFields.COLOR_MESSAGE) @Schema(example = "#3366ff") String brandColor,
        @Schema(defaultValue = "false", description = "Hides the member list from the team's booking page") Boolean isPrivate) {
}
