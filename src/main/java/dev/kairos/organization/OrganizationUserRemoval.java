package dev.kairos.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * What removing a user from their organisation does. Cal.com deletes such a user outright; Kairos
 * does the same to everything but the user row and their bookings: the account can no longer act
 * and keeps nothing of the organisation. Their API
 * keys and OAuth tokens are revoked (the next request with one is 401); their memberships of the organisation and
 * its teams go, so they stop hosting its team event types; what they own is deleted: personal
 * webhooks, routing forms, event types (with those event types' webhooks, whitelists and
 * reservations) and schedules. Bookings stay, as the record attendees and the organisation hold
 * (their event type link becomes empty when the event type goes). The user row stays too, outside
 * any organisation and without keys, because bookings name it as their host.
 */
@ApplicationScoped
class OrganizationUserRemoval {

    private final EntityManager entityManager;

    OrganizationUserRemoval(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Revokes, removes and deletes as the class says, in the caller's transaction. */
    void remove(long userId, Instant now) {
        run("UPDATE api_keys SET revoked_at = ?2 WHERE user_id = ?1 AND revoked_at IS NULL", userId, now);
        // A managed user's OAuth tokens: access and refresh tokens stop at once (401).
        run("UPDATE oauth_token_families SET revoked_at = ?2 WHERE user_id = ?1 AND revoked_at IS NULL", userId, now);
        run("DELETE FROM memberships WHERE user_id = ?1", userId);
        // Host entries name the user's schedules, which go below.
        run("DELETE FROM event_type_hosts WHERE user_id = ?1", userId);
        run("DELETE FROM webhooks WHERE user_id = ?1", userId);
        run("DELETE FROM routing_forms WHERE owner_user_id = ?1", userId);
        run("DELETE FROM event_types WHERE owner_user_id = ?1", userId);
        run("UPDATE users SET default_schedule_id = NULL, organization_id = NULL, updated_at = ?2 WHERE id = ?1", userId, now);
        run("DELETE FROM schedules WHERE user_id = ?1", userId);
    }

    private void run(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
