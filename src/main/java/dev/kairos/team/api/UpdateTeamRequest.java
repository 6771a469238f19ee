package dev.kairos.team.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /v2/teams/{teamId}}: only the fields sent change; an empty bio, logoUrl, bannerUrl
 * or brandColor removes it.
 */
public record UpdateTeamRequest(
        @Size(max = 100) @Pattern(regexp = TeamFields.NOT_BLANK, message = "must not be blank") String name,
        @Pattern(regexp = TeamFields.SLUG, message = TeamFields.SLUG_MESSAGE) String slug,
        @Size(max = 1000) String bio,
        @Size(max = 2048) @Pattern(regexp = TeamFields.HTTPS_URL, message = TeamFields.HTTPS_URL_MESSAGE) String logoUrl,
        @Size(max = 2048) @Pattern(regexp = TeamFields.HTTPS_URL, message = TeamFields.HTTPS_URL_MESSAGE) String bannerUrl,
        @Pattern(regexp = TeamFields.COLOR, message = TeamFields.COLOR_MESSAGE) @Schema(example = "#3366ff") String brandColor,
        Boolean isPrivate) {
}
