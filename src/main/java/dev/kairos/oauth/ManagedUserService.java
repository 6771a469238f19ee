package dev.kairos.oauth;

import dev.kairos.oauth.api.CreateManagedUserRequest;
import dev.kairos.oauth.api.ManagedUserResponse;
import dev.kairos.oauth.api.ManagedUserTokensResponse;
import dev.kairos.oauth.api.TokensResponse;
import dev.kairos.organization.OrganizationService;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * An OAuth client's managed users: members of the client's organisation that the client created
 * and holds tokens for. A client sees only its own.
 */
@ApplicationScoped
@Transactional
public class ManagedUserService {

    private final OrganizationService organizations;
    private final ManagedUserRepository managedUsers;
    private final TokenService tokens;
    private final Clock clock;

    ManagedUserService(OrganizationService organizations, ManagedUserRepository managedUsers, TokenService tokens, Clock clock) {
        this.organizations = organizations;
        this.managedUsers = managedUsers;
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * Creates a MEMBER of the client's organisation, managed by the client, with their first tokens.
     *
     * @throws ApiException 409 when the email is taken (by any user: emails are unique in Kairos)
     */
    public ManagedUserTokensResponse create(OAuthClient client, CreateManagedUserRequest request) {
        User user = organizations.addMember(client.organizationId, request.user());
        managedUsers.persist(new ManagedUser(client.id, user.id, clock.instant()));
        return ManagedUserTokensResponse.of(ManagedUserResponse.from(user), tokens.issueNewFamily(client, user.id));
    }

    /** One page of the client's managed users, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ManagedUserResponse> page(OAuthClient client, PageParams page) {
        int limit = page.limit();
        int offset = page.offset();
        return Page.of(managedUsers.pageOfClient(client.id, offset, limit), ManagedUserResponse::from, offset, limit,
                managedUsers.countOfClient(client.id));
    }

    /**
     * Revokes the user's tokens from this client and issues new ones.
     *
     * @throws ApiException 404 when the user is not one of the client's managed users
     */
    public TokensResponse forceRefresh(OAuthClient client, long userId) {
        if (!managedUsers.isManagedBy(client.id, userId)) {
            throw ApiException.notFound("No managed user " + userId + " of OAuth client " + client.clientId);
        }
        return tokens.forceRefresh(client, userId);
    }
}
