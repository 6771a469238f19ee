package dev.kairos.oauth.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kairos.oauth.OAuthClient;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OAuth client; {@code clientSecret} only in the response that created it. */
@Schema(name = "OAuthClient")
public record OAuthClientResponse(
        @Schema(required = true, description = "Cal.com's name for clientId") String id,
        @Schema(required = true) String clientId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Shown once, at creation; Kairos keeps only its SHA-256") String clientSecret,
        @Schema(required = true) String name,
        @Schema(required = true) List<String> redirectUris,
        @Schema(required = true) List<String> permissions,
        @Schema(required = true) long organizationId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    public static OAuthClientResponse from(OAuthClient client) {
        return withSecret(client, null);
    }

    public static OAuthClientResponse withSecret(OAuthClient client, String secret) {
        return new OAuthClientResponse(client.clientId, client.clientId, secret, client.name, List.copyOf(client.redirectUris),
                List.copyOf(client.permissions), client.organizationId, client.createdAt, client.updatedAt);
    }
}
