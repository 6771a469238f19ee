package dev.kairos.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kairos.booking.RoundRobin.LastBooked;
import dev.kairos.booking.RoundRobin.Round;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The round-robin round of each event type, in {@code round_robin_state}. {@link #lock} takes the
 * row lock that every assignment of the event type holds until its transaction ends, so no two
 * bookings (on any instance) take the same turn.
 */
@ApplicationScoped
class RoundRobinStates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;

    RoundRobinStates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Locks the event type's rounds until the transaction ends (creating the row on first use) and
     * returns them by host group ("" = hosts without a group).
     */
    Map<String, Round> lock(long eventTypeId, Instant now) {
        entityManager.createNativeQuery("""
                INSERT INTO round_robin_state (event_type_id, state, created_at, updated_at) VALUES (:id, '{}'::jsonb, :now, :now)
                ON CONFLICT (event_type_id) DO NOTHING""")
                .setParameter("id", eventTypeId).setParameter("now", now).executeUpdate();
        String state = (String) entityManager.createNativeQuery(
                "SELECT CAST(state AS text) FROM round_robin_state WHERE event_type_id = :id FOR UPDATE")
                .setParameter("id", eventTypeId).getSingleResult();
        return parse(state);
    }

    /** Stores the rounds after an assignment; the caller holds the lock from {@link #lock}. */
    void save(long eventTypeId, Map<String, Round> rounds, Instant now) {
        ObjectNode state = JSON.createObjectNode();
        rounds.forEach((group, round) -> {
            ObjectNode node = state.putObject(group);
            round.order().forEach(node.putArray("order")::add);
            ObjectNode turns = node.putObject("turnsLeft");
            round.turnsLeft().forEach((id, left) -> turns.put(Long.toString(id), left));
        });
        entityManager.createNativeQuery(
                "UPDATE round_robin_state SET state = CAST(:state AS jsonb), updated_at = :now WHERE event_type_id = :id")
                .setParameter("state", state.toString()).setParameter("now", now).setParameter("id", eventTypeId).executeUpdate();
    }

    /**
     * When each host was last booked: the creation time (and id) of their most recent accepted or
     * pending booking of any event type, personal or team. Hosts never booked are absent.
     */
    @SuppressWarnings("unchecked")
    Map<Long, LastBooked> lastBooked(Collection<Long> hostIds) {
        Map<Long, LastBooked> last = new HashMap<>();
        if (hostIds.isEmpty()) {
            return last;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT DISTINCT ON (bh.user_id) bh.user_id, b.created_at, b.id
                FROM booking_hosts bh JOIN bookings b ON b.id = bh.booking_id
                WHERE bh.user_id IN (:hosts) AND b.status IN ('accepted', 'pending')
                ORDER BY bh.user_id, b.created_at DESC, b.id DESC""")
                .setParameter("hosts", hostIds).getResultList();
        for (Object[] row : rows) {
            last.put(((Number) row[0]).longValue(), new LastBooked(millis(row[1]), ((Number) row[2]).longValue()));
        }
        return last;
    }

    private static long millis(Object value) {
        if (value instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant().toEpochMilli();
        }
        return ((java.sql.Timestamp) value).toInstant().toEpochMilli();
    }

    private static Map<String, Round> parse(String text) {
        try {
            Map<String, Round> rounds = new HashMap<>();
            JSON.readTree(text).fields().forEachRemaining(group -> {
                JsonNode node = group.getValue();
                List<Long> order = new ArrayList<>();
                node.get("order").forEach(id -> order.add(id.asLong()));
                Map<Long, Integer> turns = new LinkedHashMap<>();
                node.get("turnsLeft").fields().forEachRemaining(e -> turns.put(Long.parseLong(e.getKey()), e.getValue().asInt()));
                rounds.put(group.getKey(), new Round(order, turns));
            });
            return rounds;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("round_robin_state holds invalid JSON", e);
        }
    }
}
