package dev.kairos.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.platform.json.Instants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The transactional outbox: how every capability reports a change to webhook subscribers. The
 * caller's transaction writes one delivery row per active subscription that hears the trigger, so
 * the event is sent if and only if the change commits; the dispatcher sends it right after the
 * commit (and retries it) from any instance.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final DeliveryDispatcher dispatcher;

    WebhookOutbox(WebhookRepository webhooks, DeliveryRepository deliveries, ObjectMapper json, Clock clock,
            TransactionSynchronizationRegistry transactions, DeliveryDispatcher dispatcher) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
        this.dispatcher = dispatcher;
    }

    /**
     * Queues {@code trigger} for every active webhook that subscribed to it, among those of
     * {@code ownerUserId} (the user whose booking changed, e.g. the organizer) and those of the
     * event type {@code eventTypeId}. Must run inside the transaction that makes the change.
     *
     * <p>The body is {@code {"triggerEvent":...,"createdAt":...,"payload":...}} as compact JSON
     * with the payload's keys in the map's iteration order (pass a {@link LinkedHashMap});
     * instants in the payload are written as {@code 2025-11-15T14:00:00.000Z}. A webhook with a
     * payload template gets the rendered template instead.
     *
     * @param trigger     what happened; Cal.com's name
     * @param ownerUserId the user whose webhooks hear it
     * @param eventTypeId the event type whose webhooks also hear it, or null
     * @param payload     Cal.com's payload for the trigger (uid, bookingId, title, startTime, ...)
     * @return the ids of the delivery rows written, one per subscribed webhook (empty when none)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> enqueue(WebhookTrigger trigger, long ownerUserId, Long eventTypeId, Map<String, ?> payload) {
        return write(trigger, ownerUserId, eventTypeId, payload, clock.instant(), null, null);
    }

    /**
     * {@link #listening} as a statement for a caller to send in the round trip of its own write:
     * its parameters are the owner's user id and the event type id (null allowed), its rows the
     * names of the triggers heard, for {@link #heard}.
     */
    public static final String LISTENING_SQL = WebhookRepository.TRIGGERS_HEARD_SQL;

    /**
     * The triggers that active webhooks of {@code ownerUserId} or of {@code eventTypeId} hear, in
     * one query, so that a caller builds payloads only for events someone will receive.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<WebhookTrigger> listening(long ownerUserId, Long eventTypeId) {
        return heard(webhooks.triggersHeard(ownerUserId, eventTypeId));
    }

    /** The triggers named by the rows of {@link #LISTENING_SQL}, which it closes. */
    public static Set<WebhookTrigger> heard(ResultSet rows) throws SQLException {
        return heard(WebhookRepository.names(rows));
    }

    private static Set<WebhookTrigger> heard(Collection<String> names) {
        Set<WebhookTrigger> heard = EnumSet.noneOf(WebhookTrigger.class);
        for (String name : names) {
            try {
                heard.add(WebhookTrigger.fromName(name));
            } catch (IllegalArgumentException unknown) {
                // a trigger name stored by a later version; nothing here emits it
            }
        }
        return heard;
    }

    /**
     * As {@link #enqueue}, for an event that happens later: {@code MEETING_STARTED} at the
     * booking's start, {@code MEETING_ENDED} at its end. The deliveries are written now (in the
     * caller's transaction) and sent at {@code dueAt}; the body's {@code createdAt} is
     * {@code dueAt}. {@link #dropScheduled} removes them while they have not been sent.
     *
     * @param subject what the event is about, normally the booking uid
     * @return the ids of the delivery rows written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> schedule(WebhookTrigger trigger, long ownerUserId, Long eventTypeId, Map<String, ?> payload, Instant dueAt,
            String subject) {
        return write(trigger, ownerUserId, eventTypeId, payload, dueAt, dueAt, Objects.requireNonNull(subject, "subject"));
    }

    /**
     * Drops the scheduled deliveries of {@code subject} that have not been attempted yet (the
     * booking was cancelled or moved: schedule the moved booking's events again). Must run inside
     * the transaction that makes the change.
     *
     * @return how many deliveries were dropped
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int dropScheduled(String subject) {
        return (int) deliveries.delete("subject = ?1 and status = ?2 and attempts = 0", subject, WebhookDelivery.PENDING);
    }

    private List<Long> write(WebhookTrigger trigger, long ownerUserId, Long eventTypeId, Map<String, ?> payload, Instant createdAt,
            Instant dueAt, String subject) {
        List<Webhook> subscribers = webhooks.subscribers(trigger.name(), ownerUserId, eventTypeId);
        if (subscribers.isEmpty()) {
            return List.of();
        }
        UUID eventId = UUID.randomUUID();
        Event event = event(trigger.name(), payload, createdAt);
        List<Long> ids = new ArrayList<>();
        for (Webhook webhook : subscribers) {
            ids.add(write(webhook, eventId, event, dueAt, subject));
        }
        wakeDispatcherAfterCommit();
        return ids;
    }

    /** Queues a {@code PING} for one webhook, whatever its triggers; {@code POST /v2/webhooks/{id}/ping}. */
    @Transactional(Transactional.TxType.MANDATORY)
    long ping(Webhook webhook) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("webhookId", webhook.id);
        payload.put("subscriberUrl", webhook.subscriberUrl);
        payload.put("message", "Kairos webhook test: your endpoint received this because someone asked for a ping");
        long id = write(webhook, UUID.randomUUID(), event(WebhookTrigger.PING, payload, clock.instant()), null, null);
        wakeDispatcherAfterCommit();
        return id;
    }

    /** Sends a logged delivery again as a new row with the same event id and body. */
    @Transactional(Transactional.TxType.MANDATORY)
    long replay(WebhookDelivery original) {
        Instant now = DeliveryDispatcher.wallClock().instant();
        WebhookDelivery copy = new WebhookDelivery(original.webhookId, original.eventId, original.trigger, original.body, now, now);
        deliveries.persist(copy);
        deliveries.flush();
        wakeDispatcherAfterCommit();
        return copy.id;
    }

    private long write(Webhook webhook, UUID eventId, Event event, Instant dueAt, String subject) {
        String body = webhook.payloadTemplate == null ? event.body : rendered(webhook.payloadTemplate, event);
        Instant now = DeliveryDispatcher.wallClock().instant();
        WebhookDelivery delivery = new WebhookDelivery(webhook.id, eventId, event.trigger, body, now, dueAt == null ? now : dueAt);
        delivery.subject = subject;
        deliveries.persist(delivery);
        deliveries.flush();
        return delivery.id;
    }

    /** The standard body, and the same as plain maps and lists for templates. */
    private Event event(String trigger, Map<String, ?> payload, Instant createdAt) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("triggerEvent", trigger);
        envelope.put("createdAt", Instants.format(createdAt));
        envelope.put("payload", payload);
        try {
            String body = json.writeValueAsString(envelope);
            return new Event(trigger, body, json.readValue(body, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The webhook payload cannot be written as JSON", e);
        }
    }

    /** The template's output, made compact when it is JSON (it normally is), as it is otherwise. */
    private String rendered(String template, Event event) {
        String output = PayloadTemplate.compile(template).render(event.context);
        try {
            JsonNode tree = json.readTree(output);
            return tree == null ? output : json.writeValueAsString(tree);
        } catch (JsonProcessingException notJson) {
            return output;
        }
    }

    private void wakeDispatcherAfterCommit() {
        Object key = DeliveryDispatcher.class;
        if (transactions.getResource(key) == null) {
            transactions.putResource(key, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        dispatcher.wake();
                    }
                }
            });
        }
    }

    private record Event(String trigger, String body, Map<String, Object> context) {
        Event {
            Objects.requireNonNull(body);
        }
    }
}
