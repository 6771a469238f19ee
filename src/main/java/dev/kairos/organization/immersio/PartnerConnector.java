package dev.kairos.organization.immersio;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.platform.secrets.SecretBox;
import dev.kairos.webhook.TargetGuard;
import dev.kairos.webhook.WebhookConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Opens a run's connection to the partner: unseals the API key and checks the base URL again
 * against the outbound-target rule of webhooks (the host may resolve elsewhere by now), pinning the
 * addresses it checked.
 */
@ApplicationScoped
class PartnerConnector {

    private final PartnerHttp http;
    private final SecretBox secrets;
    private final TargetGuard guard;
    private final Retries retries;
    private final ObjectMapper json;

    PartnerConnector(PartnerHttp http, SecretBox secrets, WebhookConfig webhooks, ImmersioConfig config, ObjectMapper json) {
        this.http = http;
        this.secrets = secrets;
        this.guard = TargetGuard.withSystemResolver(webhooks.allowPrivateTargets());
        this.retries = new Retries(config.retryBackoff(), config.maxRetryAfter());
        this.json = json;
    }

    /**
     * The run's session, with its own connections: close it when the run ends.
     *
     * @throws PartnerFailure REFUSED when the base URL no longer passes the guard or the key cannot be unsealed
     */
    PartnerSession open(SyncClaims.Claim claim) throws PartnerFailure {
        TargetGuard.Target base;
        try {
            base = guard.check(claim.baseUrl());
        } catch (TargetGuard.Refused refused) {
            throw new PartnerFailure(PartnerFailure.Kind.REFUSED, "baseUrl " + refused.getMessage());
        }
        String apiKey;
        try {
            apiKey = secrets.open(claim.apiKeySealed());
        } catch (IllegalStateException e) {
            throw new PartnerFailure(PartnerFailure.Kind.REFUSED,
                    "the stored API key cannot be decrypted (KAIROS_ENCRYPTION_KEY changed?); PUT the integration with its apiKey again");
        }
        return new PartnerSession(http.open(), base, apiKey, retries, json);
    }

    /** Checks a base URL as it is saved; the refusal's message says what is wrong. */
    void check(String baseUrl) throws TargetGuard.Refused {
        guard.check(baseUrl);
    }
}
