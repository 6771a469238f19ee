package dev.kairos.oauth;

import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.auth.TokenGrant;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.secrets.PlatformSecrets;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/**
 * OAuth access tokens: JWTs signed RS256 with the platform key pair (so every instance verifies
 * every token), naming their user ({@code sub}), client ({@code client_id}), permissions and token
 * family ({@code fam}). Signing uses SmallRye JWT's builder; verification uses jose4j (on which
 * SmallRye's own parser is built) directly, because only it takes the evaluation time, and expiry
 * follows the business clock like every other expiry in Kairos.
 */
@ApplicationScoped
public class AccessTokens {

    static final String ISSUER = "kairos";
    static final String CLIENT_ID = "client_id";
    static final String PERMISSIONS = "permissions";
    static final String FAMILY = "fam";
    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final int CLOCK_SKEW_SECONDS = 30;

    private final PlatformSecrets secrets;
    private final LiveGrants grants;
    private final OAuthConfig config;
    private final Clock clock;

    AccessTokens(PlatformSecrets secrets, LiveGrants grants, OAuthConfig config, Clock clock) {
        this.secrets = secrets;
        this.grants = grants;
        this.config = config;
        this.clock = clock;
    }

    /** A signed access token and when it stops being accepted. */
    public record Issued(String token, Instant expiresAt) {
    }

    /** Whether a bearer value has the shape of a compact JWS (three base64url parts). */
    public static boolean looksLikeJwt(String candidate) {
        return candidate != null && JWT.matcher(candidate).matches();
    }

    /** Signs an access token for the user, valid for {@code KAIROS_OAUTH_ACCESS_TOKEN_TTL}. */
    Issued issue(String clientId, long userId, UUID familyId, List<String> permissions) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.accessTokenTtl());
        String token = Jwt.issuer(ISSUER)
                .subject(Long.toString(userId))
                .claim(CLIENT_ID, clientId)
                .claim(PERMISSIONS, List.copyOf(permissions))
                .claim(FAMILY, familyId.toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim("jti", UUID.randomUUID().toString())
                .jws().algorithm(SignatureAlgorithm.RS256)
                .sign(secrets.jwtKeyPair().getPrivate());
        return new Issued(token, expiresAt);
    }

    /**
     * The caller an access token stands for: its user, limited to the permissions both the token and
     * its client (as it is now) carry; never a platform administrator.
     *
     * @throws ApiException 401 TOKEN_EXPIRED for an expired token, 401 UNAUTHORIZED for one that is not
     *                      Kairos', was tampered with, or whose client, user or family is gone or revoked
     */
    public Caller authenticate(String token, String clientIp) {
        JwtClaims claims = verified(token);
        try {
            String clientId = claims.getStringClaimValue(CLIENT_ID);
            String family = claims.getStringClaimValue(FAMILY);
            List<String> carried = claims.getStringListClaimValue(PERMISSIONS);
            if (clientId == null || family == null || carried == null) {
                throw invalid();
            }
            long userId = Long.parseLong(claims.getSubject());
            UUID familyId = UUID.fromString(family);
            LiveGrants.LiveGrant live = grants.find(familyId, clientId, userId).orElseThrow(() -> ApiException.unauthorized(
                    "This access token is no longer valid: its OAuth client or user was deleted"));
            if (live.revoked()) {
                throw ApiException.unauthorized("This access token was revoked (its refresh token was reused, or the client "
                        + "forced a refresh); get new tokens from the OAuth client");
            }
            // What both the token and the client (as it is now) carry; a token issued under "*" holds
            // whatever the client holds now.
            Set<String> permissions = new HashSet<>(carried.contains(TokenGrant.ALL) ? live.clientPermissions() : carried);
            if (!live.clientPermissions().contains(TokenGrant.ALL)) {
                permissions.retainAll(live.clientPermissions());
            }
            return Caller.ofToken(userId, new TokenGrant(clientId, permissions), clientIp);
        } catch (MalformedClaimException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private JwtClaims verified(String token) {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKey(secrets.jwtKeyPair().getPublic())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(ISSUER)
                .setRequireSubject()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .build();
        try {
            return consumer.processToClaims(token);
        } catch (InvalidJwtException e) {
            if (e.hasExpired()) {
                throw expired(e);
            }
            throw invalid();
        }
    }

    /** Only reached once the signature was verified: jose4j checks claims after it. */
    private static ApiException expired(InvalidJwtException e) {
        String clientId = "{clientId}";
        try {
            String claimed = e.getJwtContext().getJwtClaims().getStringClaimValue(CLIENT_ID);
            clientId = claimed == null ? clientId : claimed;
        } catch (MalformedClaimException | RuntimeException ignored) {
            // the generic path in the message will do
        }
        return new ApiException(ErrorCode.TOKEN_EXPIRED, "This access token has expired: get a new one with "
                + "POST /v2/oauth/" + clientId + "/refresh {refreshToken} (header x-cal-secret-key)");
    }

    private static ApiException invalid() {
        return ApiException.unauthorized("Invalid access token: it is not one Kairos issued, or it was altered");
    }
}
