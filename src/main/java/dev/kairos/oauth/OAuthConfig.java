package dev.kairos.oauth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** OAuth access and refresh tokens of managed users (API.md section 5). */
@ConfigMapping(prefix = "kairos.oauth")
public interface OAuthConfig {

    /**
     * {@code KAIROS_OAUTH_ACCESS_TOKEN_TTL}: how long an access token (a JWT) is accepted after it is
     * issued; then the client refreshes it with {@code POST /v2/oauth/{clientId}/refresh}.
     */
    @WithDefault("60m")
    Duration accessTokenTtl();

    /**
     * {@code KAIROS_OAUTH_REFRESH_TOKEN_TTL}: how long a refresh token may wait to be spent. Each
     * refresh issues a new one with a fresh lifetime.
     */
    @WithDefault("365d")
    Duration refreshTokenTtl();
}
