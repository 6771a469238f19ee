package dev.kairos.oauth;

import jakarta.enterprise.context.RequestScoped;

/** The OAuth client that authenticated the current request, settled by {@link ClientCredentialsFilter}. */
@RequestScoped
class AuthenticatedClient {

    private OAuthClient client;

    OAuthClient get() {
        if (client == null) {
            throw new IllegalStateException("The operation is not marked @ClientAuthenticated");
        }
        return client;
    }

    void set(OAuthClient client) {
        this.client = client;
    }
}
