package dev.kairos.organization.immersio;

import static org.junit.jupiter.api.Assertions.fail;

import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import dev.kairos.testing.Scheduling;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organisation set up for Immersio syncs through the API (an admin, their event type, the
 * integration pointing at a {@link FakeImmersio}), plus the polling and database probes the sync
 * tests check outcomes with.
 */
final class ImmersioFixtures {

    /** An organisation with an admin and one of the admin's event types. */
    record Org(long id, TestUser admin, long eventTypeId) {

        String path(String rest) {
            return "/v2/organizations/" + id + rest;
        }
    }

    private ImmersioFixtures() {
    }

    static Org org() {
        long orgId = Organisations.organisation();
        TestUser admin = Organisations.user(orgId, "ADMIN");
        return new Org(orgId, admin, Scheduling.eventType(admin, Map.of()));
    }

    /** A fresh key of the partner's format, different every time. */
    static String partnerKey() {
        return "imm_live_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Points the organisation at the partner; scheduled syncs stay off (tests ask for runs themselves). */
    static void connect(Org org, FakeImmersio partner, String apiKey) {
        connect(org, partner, apiKey, false);
    }

    static void connect(Org org, FakeImmersio partner, String apiKey, boolean syncEnabled) {
        org.admin().call().body(Map.of("baseUrl", partner.baseUrl(), "apiKey", apiKey, "syncEnabled", syncEnabled))
                .put(org.path("/integrations/immersio")).then().statusCode(200);
    }

    static long map(Org org, String courseId, long eventTypeId) {
        return org.admin().call().body(Map.of("courseId", courseId, "eventTypeId", eventTypeId))
                .post(org.path("/course-mappings")).then().statusCode(201).extract().jsonPath().getLong("data.id");
    }

    /** A fresh organisation pointed at the partner, with {@code courseId} mapped to its event type. */
    static Org mappedOrg(FakeImmersio partner, String apiKey, String courseId) {
        Org org = org();
        connect(org, partner, apiKey);
        map(org, courseId, org.eventTypeId());
        return org;
    }

    /** Asks for a sync and waits for it to end; returns its log. */
    static JsonPath sync(Org org) {
        long logId = org.admin().call().post(org.path("/sync")).then().statusCode(202).extract().jsonPath().getLong("data.id");
        return awaitLog(org, logId);
    }

    static JsonPath awaitLog(Org org, long logId) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath log = org.admin().call().get(org.path("/sync-logs/" + logId)).then().statusCode(200).extract().jsonPath();
            if (!"running".equals(log.getString("data.status"))) {
                return log;
            }
            pause(100);
        }
        return fail("sync log " + logId + " still running after 60 s");
    }

    /** email -> source of every entry on the event type's whitelist. */
    static Map<String, String> whitelist(Org org, long eventTypeId) {
        Map<String, String> entries = new HashMap<>();
        for (Object[] row : rows("SELECT email, source FROM event_type_whitelist WHERE event_type_id = ?1", eventTypeId)) {
            entries.put((String) row[0], (String) row[1]);
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((List<Object>) query.getResultList()).stream()
                    .map(r -> r instanceof Object[] array ? array : new Object[] { r }).toList();
        });
    }

    static int execute(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager().createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
