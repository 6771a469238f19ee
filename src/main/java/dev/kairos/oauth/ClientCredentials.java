package dev.kairos.oauth;

import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Authenticates an OAuth client by its id and secret (Cal.com's {@code x-cal-client-id} and
 * {@code x-cal-secret-key} headers). Every failure reads the same, so that the answer does not tell
 * which client ids exist.
 */
@ApplicationScoped
public class ClientCredentials {

    public static final String CLIENT_ID_HEADER = "x-cal-client-id";
    public static final String SECRET_HEADER = "x-cal-secret-key";

    private final OAuthClientRepository clients;

    ClientCredentials(OAuthClientRepository clients) {
        this.clients = clients;
    }

    /**
     * The client named in the path, when the headers name the same client and carry its secret.
     *
     * @param headerClientId the {@code x-cal-client-id} header, which must equal {@code clientId}
     * @throws ApiException 401 when a header is missing, or either does not match
     */
    public OAuthClient authenticate(String clientId, String headerClientId, String secret) {
        if (headerClientId == null || headerClientId.isBlank()) {
            throw ApiException.unauthorized("Send the OAuth client's id and secret in the headers " + CLIENT_ID_HEADER + " and "
                    + SECRET_HEADER);
        }
        if (!headerClientId.equals(clientId)) {
            throw refused();
        }
        return authenticate(clientId, secret);
    }

    /**
     * The client, when {@code secret} is its secret.
     *
     * @throws ApiException 401 when the secret is missing or wrong, or there is no such client
     */
    public OAuthClient authenticate(String clientId, String secret) {
        if (secret == null || secret.isBlank()) {
            throw ApiException.unauthorized("Send the OAuth client's secret in the header " + SECRET_HEADER);
        }
        return clients.findByClientId(clientId).filter(c -> Secrets.matches(secret, c.secretHash)).orElseThrow(ClientCredentials::refused);
    }

    private static ApiException refused() {
        return ApiException.unauthorized("Unknown OAuth client, or " + CLIENT_ID_HEADER + " and " + SECRET_HEADER
                + " do not match it: use the client id in the path and the secret shown when the client was created");
    }
}
