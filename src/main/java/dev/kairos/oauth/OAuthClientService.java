package dev.kairos.oauth;

import dev.kairos.oauth.api.CreateOAuthClientRequest;
import dev.kairos.oauth.api.OAuthClientResponse;
import dev.kairos.oauth.api.UpdateOAuthClientRequest;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRole;
import dev.kairos.user.User;
import dev.kairos.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;

/**
 * An organisation's OAuth clients, managed by its admins and owners: every client belongs to the
 * organisation of the caller, and another organisation's clients do not exist for them (404).
 */
@ApplicationScoped
@Transactional
public class OAuthClientService {

    private final OAuthClientRepository clients;
    private final UserRepository users;
    private final TeamAccess access;
    private final Clock clock;

    OAuthClientService(OAuthClientRepository clients, UserRepository users, TeamAccess access, Clock clock) {
        this.clients = clients;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /** A new client with the secret that is shown only now. */
    public record Created(OAuthClient client, String secret) {
    }

    /**
     * Creates a client of the caller's organisation.
     *
     * @throws ApiException 403 when the caller belongs to no organisation or is not an admin or owner of it,
     *                      422 for an invalid redirect URI or permission
     */
    public Created create(Caller caller, CreateOAuthClientRequest request) {
        long orgId = administeredOrganization(caller);
        ClientRules.check(request.redirectUris(), request.permissions());
        String secret = Secrets.opaque();
        OAuthClient client = new OAuthClient(Secrets.clientId(), Secrets.hash(secret), orgId, request.name().trim(),
                ClientRules.distinct(request.redirectUris()), ClientRules.distinct(request.permissions()), caller.userId(),
                clock.instant());
        clients.persist(client);
        return new Created(client, secret);
    }

    /** One page of the organisation's clients, oldest first (403 as {@link #create}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OAuthClientResponse> page(Caller caller, PageParams page) {
        long orgId = administeredOrganization(caller);
        int limit = page.limit();
        int offset = page.offset();
        return Page.of(clients.pageOfOrganization(orgId, offset, limit), OAuthClientResponse::from, offset, limit,
                clients.countOfOrganization(orgId));
    }

    /**
     * One of the organisation's clients.
     *
     * @throws ApiException 404 for another organisation's client or an unknown id, 403 as {@link #create}
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OAuthClient get(Caller caller, String clientId) {
        long orgId = administeredOrganization(caller);
        return clients.findInOrganization(orgId, clientId)
                .orElseThrow(() -> ApiException.notFound("No OAuth client " + clientId + " in your organization"));
    }

    /** Applies the fields sent; permissions taken away apply to tokens already issued from the next request on. */
    public OAuthClient update(Caller caller, String clientId, UpdateOAuthClientRequest request) {
        OAuthClient client = get(caller, clientId);
        ClientRules.check(request.redirectUris(), request.permissions());
        if (request.name() != null) {
            client.name = request.name().trim();
        }
        if (request.redirectUris() != null) {
            client.redirectUris = new LinkedHashSet<>(request.redirectUris());
        }
        if (request.permissions() != null) {
            client.permissions = new LinkedHashSet<>(request.permissions());
        }
        client.updatedAt = clock.instant();
        return client;
    }

    /** Deletes the client and with it every token it issued; its managed users stay members of the organisation. */
    public OAuthClient delete(Caller caller, String clientId) {
        OAuthClient client = get(caller, clientId);
        clients.delete(client);
        return client;
    }

    private long administeredOrganization(Caller caller) {
        User user = users.findById(caller.userId());
        if (user == null || user.organizationId == null) {
            throw ApiException.forbidden("OAuth clients belong to an organization and you belong to none: "
                    + "an admin or owner of an organization manages its clients");
        }
        access.requireInOrganization(caller, user.organizationId, TeamRole.ADMIN);
        return user.organizationId;
    }
}
