package dev.kairos.organization.immersio;

import dev.kairos.organization.immersio.api.IntegrationResponse;
import dev.kairos.organization.immersio.api.UpdateIntegrationRequest;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.secrets.SecretBox;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRole;
import dev.kairos.webhook.TargetGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * An organisation's Immersio connection, managed by its admins and owners (and platform
 * administrators); its members get 403, anyone else 404. The API key and webhook secret are sealed
 * before they are stored and never come back out through the API.
 */
@ApplicationScoped
@Transactional
public class IntegrationService {

    private final IntegrationRepository integrations;
    private final TeamAccess access;
    private final PartnerConnector connector;
    private final SecretBox secrets;
    private final SyncClaims claims;
    private final Clock clock;

    IntegrationService(IntegrationRepository integrations, TeamAccess access, PartnerConnector connector, SecretBox secrets,
            SyncClaims claims, Clock clock) {
        this.integrations = integrations;
        this.access = access;
        this.connector = connector;
        this.secrets = secrets;
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * Creates or changes the integration. Omitted secrets keep their stored values; an empty
     * webhookSecret removes it.
     *
     * @throws ApiException 404/403 as in the class comment; 422 for a base URL the outbound rule
     *                      refuses, or no apiKey when there is none stored yet or when the base URL
     *                      moves to another origin (the stored key was given for the old one; a
     *                      stored webhook secret is dropped then unless a new one is sent)
     */
    public IntegrationResponse put(Caller caller, long orgId, UpdateIntegrationRequest request) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        String baseUrl = checkedBaseUrl(request.baseUrl());
        Instant now = clock.instant();
        ImmersioIntegration integration = integrations.findOfOrganization(orgId).orElse(null);
        if (integration == null) {
            if (request.apiKey() == null) {
                throw ApiException.validation("apiKey", "is required when the integration is created");
            }
            integration = new ImmersioIntegration();
            integration.organizationId = orgId;
            integration.createdAt = now;
        }
        if (integration.id != null && !sameOrigin(integration.baseUrl, baseUrl)) {
            // The stored secrets were given for the old partner: never send them to another host.
            if (request.apiKey() == null) {
                throw ApiException.validation("apiKey", "is required when baseUrl moves to another scheme, host or port: "
                        + "the stored key is only ever sent to " + origin(integration.baseUrl));
            }
            if (request.webhookSecret() == null) {
                integration.webhookSecretSealed = null;
            }
        }
        integration.baseUrl = baseUrl;
        if (request.apiKey() != null) {
            integration.apiKeySealed = secrets.seal(request.apiKey());
            integration.apiKeyLast4 = request.apiKey().length() >= 16 ? request.apiKey().substring(request.apiKey().length() - 4) : null;
        }
        if (request.webhookSecret() != null) {
            integration.webhookSecretSealed = request.webhookSecret().isEmpty() ? null : secrets.seal(request.webhookSecret());
        }
        if (request.syncEnabled() != null || integration.id == null) {
            integration.syncEnabled = Boolean.TRUE.equals(request.syncEnabled());
        }
        integration.updatedAt = now;
        integrations.persist(integration);
        integrations.flush();
        integrations.getEntityManager().refresh(integration);
        return view(integration);
    }

    private static boolean sameOrigin(String a, String b) {
        return origin(a).equals(origin(b));
    }

    /** Scheme, host and port (default ports made explicit), lower-cased. */
    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }

    /**
     * The integration as it stands (a run whose lease lapsed shows as failed).
     *
     * @throws ApiException 404 when the organisation has none, and as in the class comment
     */
    public IntegrationResponse get(Caller caller, long orgId) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        claims.reapExpired(orgId);
        return integrations.findOfOrganization(orgId).map(IntegrationService::view)
                .orElseThrow(() -> ApiException.notFound("Organization " + orgId + " has no Immersio integration; PUT one"));
    }

    private String checkedBaseUrl(String raw) {
        String trimmed = raw.trim();
        try {
            connector.check(trimmed);
        } catch (TargetGuard.Refused refused) {
            throw ApiException.validation("baseUrl", refused.getMessage());
        }
        URI uri = URI.create(trimmed);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw ApiException.validation("baseUrl", "must not have a query or a fragment: give the API's root, e.g. https://api.immersio.example");
        }
        return trimmed.replaceAll("/+$", "");
    }

    private static IntegrationResponse view(ImmersioIntegration i) {
        return new IntegrationResponse(i.organizationId, i.baseUrl, i.apiKeySealed != null, i.apiKeyLast4, i.webhookSecretSealed != null,
                i.syncEnabled, i.syncStatus, i.syncErrorMessage, i.lastSyncAt, i.syncLogId, i.createdAt, i.updatedAt);
    }
}
