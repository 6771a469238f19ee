package dev.kairos.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** The outbox rows: the delivery log, and the dispatcher's claim and outcome statements. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<WebhookDelivery> {

    /** A claimed delivery with what sending it needs. */
    record Claimed(long id, long webhookId, UUID eventId, String trigger, String body, int attempts, String url, String secret,
            boolean active, Instant queuedAt, boolean scheduled) {
    }

    public List<WebhookDelivery> pageOfWebhook(long webhookId, int offset, int limit) {
        return find("webhookId = ?1 order by id desc", webhookId).range(offset, offset + limit - 1).list();
    }

    public long countOfWebhook(long webhookId) {
        return count("webhookId", webhookId);
    }

    public Optional<WebhookDelivery> findOfWebhook(long id, long webhookId) {
        return find("id = ?1 and webhookId = ?2", id, webhookId).firstResultOptional();
    }

    /**
     * Ids of due deliveries (pending and due, or delivering with an expired lease), oldest first,
     * at most {@code perWebhook} per webhook so that one webhook's backlog cannot fill the batch,
     * and none of the webhooks in {@code busy} (already at their limit on this instance).
     */
    List<Long> dueCandidates(Instant now, int limit, int perWebhook, Collection<Long> busy) {
        String notBusy = busy.isEmpty() ? "" : " AND webhook_id NOT IN (:busy)";
        var query = getEntityManager().createNativeQuery("""
                SELECT id FROM (
                    SELECT id, next_attempt_at, row_number() OVER (PARTITION BY webhook_id ORDER BY next_attempt_at, id) AS rank
                    FROM webhook_deliveries
                    WHERE status IN ('pending', 'delivering') AND next_attempt_at <= :now""" + notBusy + """
                ) due WHERE rank <= :perWebhook ORDER BY next_attempt_at, id LIMIT :limit""")
                .setParameter("now", Timestamp.from(now)).setParameter("perWebhook", perWebhook).setParameter("limit", limit);
        if (!busy.isEmpty()) {
            query.setParameter("busy", busy);
        }
        return query.getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Claims those of {@code ids} still due and not locked by another instance: marks them
     * delivering until {@code leaseEnd} and counts the attempt. {@code SKIP LOCKED} makes every
     * row go to exactly one claimer.
     */
    List<Claimed> claim(List<Long> ids, Instant now, Instant leaseEnd) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<?> rows = getEntityManager().createNativeQuery("""
                UPDATE webhook_deliveries d
                SET status = 'delivering', attempts = d.attempts + 1, next_attempt_at = :leaseEnd
                FROM webhooks w
                WHERE w.id = d.webhook_id AND d.id IN (
                    SELECT id FROM webhook_deliveries
                    WHERE id IN (:ids) AND status IN ('pending', 'delivering') AND next_attempt_at <= :now
                    FOR UPDATE SKIP LOCKED)
                RETURNING d.id, d.webhook_id, d.event_id, d.trigger, d.body, d.attempts, w.subscriber_url, w.secret, w.active, d.created_at, d.subject IS NOT NULL""")
                .setParameter("ids", ids).setParameter("now", Timestamp.from(now)).setParameter("leaseEnd", Timestamp.from(leaseEnd))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new Claimed(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), (UUID) c[2], (String) c[3], (String) c[4],
                    ((Number) c[5]).intValue(), (String) c[6], (String) c[7], (Boolean) c[8], instant(c[9]), (Boolean) c[10]);
        }).toList();
    }

    private static Instant instant(Object column) {
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) column).toInstant();
    }

    /** Records a 2xx. Only the claimer of this attempt records it (a later claimer has another count). */
    void succeeded(long id, int attempt, int statusCode, Instant now) {
        getEntityManager().createNativeQuery("""
                UPDATE webhook_deliveries SET status = 'succeeded', next_attempt_at = NULL, last_status_code = :code,
                    last_error = NULL, delivered_at = :now
                WHERE id = :id AND attempts = :attempt AND status = 'delivering'""")
                .setParameter("code", statusCode).setParameter("now", Timestamp.from(now)).setParameter("id", id)
                .setParameter("attempt", attempt).executeUpdate();
    }

    /** Records a failed attempt: pending again until {@code retryAt}, or failed when that is null. */
    void attemptFailed(long id, int attempt, Integer statusCode, String error, Instant retryAt) {
        getEntityManager().createNativeQuery("""
                UPDATE webhook_deliveries SET status = :status, next_attempt_at = :retryAt, last_status_code = :code, last_error = :error
                WHERE id = :id AND attempts = :attempt AND status = 'delivering'""")
                .unwrap(NativeQuery.class)
                .setParameter("status", retryAt == null ? WebhookDelivery.FAILED : WebhookDelivery.PENDING)
                .setParameter("retryAt", retryAt, StandardBasicTypes.INSTANT)
                .setParameter("code", statusCode, StandardBasicTypes.INTEGER)
                .setParameter("error", error, StandardBasicTypes.STRING)
                .setParameter("id", id).setParameter("attempt", attempt).executeUpdate();
    }
}
