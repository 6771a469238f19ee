package dev.kairos.oauth.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /v2/oauth-clients/{clientId}}: the fields sent are changed. */
public record UpdateOAuthClientRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Size(max = 20) @Schema(description = "Absolute http or https URLs; replaces the list") List<String> redirectUris,
        @Size(min = 1, max = 11) @Schema(description = "Cal.com permission names, or *; replaces the list. Tokens already issued "
                + "lose a permission removed here at once.") List<String> permissions) {
}
