package dev.kairos.webhook;

import dev.kairos.platform.error.ApiException;
import dev.kairos.webhook.api.CreateWebhookRequest;
import dev.kairos.webhook.api.UpdateWebhookRequest;
import dev.kairos.webhook.api.WebhookResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Creating, changing and deleting webhook subscriptions, each rule checked when it is saved. */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final TargetGuard guard;
    private final Clock clock;

    WebhookService(WebhookRepository webhooks, WebhookConfig config, Clock clock) {
        this.webhooks = webhooks;
        this.guard = TargetGuard.withSystemResolver(config.allowPrivateTargets());
        this.clock = clock;
    }

    /**
     * Creates a webhook. Without a secret one is generated ({@code whsec_} + 48 hex characters);
     * the response shows it in full, the only time it is shown.
     *
     * @throws ApiException 422 for a refused URL (SSRF guard), an unknown trigger or a template that
     *                      does not compile; 409 when the owner already has a webhook for the URL
     */
    public WebhookResponse create(WebhookOwner owner, CreateWebhookRequest request) {
        String url = checkedUrl(request.subscriberUrl());
        if (webhooks.urlTaken(owner, url, null)) {
            throw duplicate(url);
        }
        Webhook webhook = new Webhook(owner, clock.instant());
        webhook.subscriberUrl = url;
        webhook.active = request.active();
        webhook.triggers = checkedTriggers(request.triggers());
        webhook.payloadTemplate = checkedTemplate(request.payloadTemplate());
        webhook.secret = request.secret() != null ? request.secret() : generatedSecret();
        webhooks.persist(webhook);
        webhooks.flush();
        return WebhookViews.withSecret(webhook);
    }

    /**
     * Applies the fields sent; the URL is checked again when it changes.
     *
     * @throws ApiException 404 when the webhook is not the owner's; otherwise as {@link #create}
     */
    public WebhookResponse update(WebhookOwner owner, long id, UpdateWebhookRequest request) {
        Webhook webhook = webhooks.findOwned(id, owner).orElseThrow(() -> notFound(id, owner));
        if (request.subscriberUrl() != null) {
            String url = checkedUrl(request.subscriberUrl());
            if (webhooks.urlTaken(owner, url, id)) {
                throw duplicate(url);
            }
            webhook.subscriberUrl = url;
        }
        if (request.active() != null) {
            webhook.active = request.active();
        }
        if (request.triggers() != null) {
            webhook.triggers = checkedTriggers(request.triggers());
        }
        if (request.payloadTemplate() != null) {
            webhook.payloadTemplate = request.payloadTemplate().isEmpty() ? null : checkedTemplate(request.payloadTemplate());
        }
        if (request.secret() != null) {
            webhook.secret = request.secret();
        }
        webhook.updatedAt = clock.instant();
        webhooks.flush();
        return WebhookViews.masked(webhook);
    }

    /** Deletes the webhook and its delivery log; returns it as it was. */
    public WebhookResponse delete(WebhookOwner owner, long id) {
        Webhook webhook = webhooks.findOwned(id, owner).orElseThrow(() -> notFound(id, owner));
        WebhookResponse deleted = WebhookViews.masked(webhook);
        webhooks.delete(webhook);
        return deleted;
    }

    /** Deletes every webhook of the owner, with their delivery logs; returns how many. */
    public long deleteAll(WebhookOwner owner) {
        return owner.userId() != null ? webhooks.delete("userId", owner.userId()) : webhooks.delete("eventTypeId", owner.eventTypeId());
    }

    /**
     * The owner of {@code /v2/event-types/{eventTypeId}/webhooks} when the caller owns that event
     * type.
     *
     * @throws ApiException 404 when the event type does not exist or is someone else's
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookOwner eventTypeOwner(long userId, long eventTypeId) {
        if (!webhooks.ownsEventType(userId, eventTypeId)) {
            throw ApiException.notFound("No event type " + eventTypeId + " of yours exists");
        }
        return WebhookOwner.eventType(eventTypeId);
    }

    static ApiException notFound(long id, WebhookOwner owner) {
        return ApiException.notFound("No webhook " + id + " " + owner.describe() + " exists");
    }

    private String checkedUrl(String url) {
        String trimmed = url.trim();
        try {
            guard.check(trimmed);
        } catch (TargetGuard.Refused refused) {
            throw ApiException.validation("subscriberUrl", refused.getMessage());
        }
        return trimmed;
    }

    private static String[] checkedTriggers(List<String> triggers) {
        Set<String> names = new LinkedHashSet<>();
        for (String trigger : triggers) {
            try {
                names.add(WebhookTrigger.fromName(trigger).name());
            } catch (IllegalArgumentException e) {
                throw ApiException.validation("triggers", "unknown trigger " + trigger + "; use one of " + WebhookTrigger.names());
            }
        }
        return names.toArray(String[]::new);
    }

    private static String checkedTemplate(String template) {
        if (template == null) {
            return null;
        }
        try {
            PayloadTemplate.compile(template);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("payloadTemplate", "is not a valid template: " + e.getMessage());
        }
        return template;
    }

    private static ApiException duplicate(String url) {
        return ApiException.conflict("A webhook for " + url + " already exists for this owner: update it instead of creating another");
    }

    private static String generatedSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
