package dev.kairos.oauth;

import dev.kairos.oauth.api.TokensResponse;
import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Issues and rotates a managed user's tokens. A refresh token works once: spending it returns a
 * new pair; presenting it again is taken as theft (one of the two holders is not the client), so
 * its whole family is revoked, access tokens included.
 */
@ApplicationScoped
@Transactional
public class TokenService {

    private final TokenFamilyRepository families;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokens accessTokens;
    private final OAuthConfig config;
    private final Clock clock;

    TokenService(TokenFamilyRepository families, RefreshTokenRepository refreshTokens,
            AccessTokens accessTokens, OAuthConfig config, Clock clock) {
        this.families = families;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.config = config;
        this.clock = clock;
    }

    /** A new family for the user with the client, and its first access and refresh tokens. */
    public TokensResponse issueNewFamily(OAuthClient client, long userId) {
        TokenFamily family = new TokenFamily(client.id, userId, clock.instant());
        families.persist(family);
        return issue(client, family);
    }

    /** Revokes every token the user holds from the client and issues a new pair (Cal.com's force-refresh). */
    public TokensResponse forceRefresh(OAuthClient client, long userId) {
        families.revokeAllOf(client.id, userId, clock.instant());
        return issueNewFamily(client, userId);
    }

    /**
     * Spends a refresh token for a new pair. The revocation that reuse causes is committed although
     * the call fails, hence no rollback on ApiException (nothing else is written before a refusal).
     *
     * @param client the client that authenticated the call
     * @throws ApiException 401 for a refresh token that is unknown, of another client, expired, revoked or
     *                      already spent
     */
    @Transactional(dontRollbackOn = ApiException.class)
    public TokensResponse refresh(OAuthClient client, String refreshToken) {
        String clientId = client.clientId;
        ApiException unknown = ApiException.unauthorized("Unknown refresh token: use the one returned with the latest access token");
        RefreshToken stored = refreshTokens.lockByHash(Secrets.hash(refreshToken)).orElseThrow(() -> unknown);
        TokenFamily family = families.findById(stored.familyId);
        if (!family.clientPk.equals(client.id)) {
            throw unknown;
        }
        Instant now = clock.instant();
        if (family.revokedAt != null) {
            throw ApiException.unauthorized("This refresh token was revoked; create the user's tokens again with "
                    + "POST /v2/oauth-clients/" + clientId + "/users/{userId}/force-refresh");
        }
        if (stored.usedAt != null) {
            family.revoke(now);
            throw ApiException.unauthorized("This refresh token was already used, so every token issued from it is now revoked; "
                    + "get new ones with POST /v2/oauth-clients/" + clientId + "/users/{userId}/force-refresh");
        }
        if (!stored.expiresAt.isAfter(now)) {
            throw ApiException.unauthorized("This refresh token has expired; get new tokens with "
                    + "POST /v2/oauth-clients/" + clientId + "/users/{userId}/force-refresh");
        }
        stored.usedAt = now;
        return issue(client, family);
    }

    private TokensResponse issue(OAuthClient client, TokenFamily family) {
        Instant now = clock.instant();
        String refreshToken = Secrets.opaque();
        Instant refreshExpiresAt = now.plus(config.refreshTokenTtl());
        refreshTokens.persist(new RefreshToken(family.id, Secrets.hash(refreshToken), refreshExpiresAt, now));
        AccessTokens.Issued access = accessTokens.issue(client.clientId, family.userId, family.id, List.copyOf(client.permissions));
        return new TokensResponse(access.token(), access.expiresAt().toEpochMilli(), refreshToken, refreshExpiresAt.toEpochMilli());
    }
}
