package dev.kairos.oauth;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Authenticates the OAuth client of a {@link ClientAuthenticated} operation: after rate limiting, before idempotency. */
public class ClientCredentialsFilter {

    private final ClientCredentials credentials;
    private final AuthenticatedClient authenticated;

    ClientCredentialsFilter(ClientCredentials credentials, AuthenticatedClient authenticated) {
        this.credentials = credentials;
        this.authenticated = authenticated;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 50)
    public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
        ClientAuthenticated marker = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(ClientAuthenticated.class);
        if (marker == null) {
            return;
        }
        String clientId = request.getUriInfo().getPathParameters().getFirst("clientId");
        String secret = request.getHeaderString(ClientCredentials.SECRET_HEADER);
        authenticated.set(marker.clientIdHeader()
                ? credentials.authenticate(clientId, request.getHeaderString(ClientCredentials.CLIENT_ID_HEADER), secret)
                : credentials.authenticate(clientId, secret));
    }
}
