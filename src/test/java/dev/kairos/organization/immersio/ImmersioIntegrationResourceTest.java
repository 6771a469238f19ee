package dev.kairos.organization.immersio;

import static dev.kairos.organization.immersio.ImmersioFixtures.connect;
import static dev.kairos.organization.immersio.ImmersioFixtures.map;
import static dev.kairos.organization.immersio.ImmersioFixtures.org;
import static dev.kairos.organization.immersio.ImmersioFixtures.partnerKey;
import static dev.kairos.organization.immersio.ImmersioFixtures.rows;
import static dev.kairos.organization.immersio.ImmersioFixtures.sync;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.organization.immersio.ImmersioFixtures.Org;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, the Immersio integration's endpoints: the connection with its write-only, encrypted
 * secrets; course mappings; sync logs; validation; and who may do what (admins and owners of the
 * organisation; its members 403; anyone else 404).
 */
@QuarkusTest
class ImmersioIntegrationResourceTest {

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    @Test
    void secretsAreWriteOnlyAndStoredEncrypted() throws Exception {
        Org org = org();
        String key = partnerKey();
        String secret = "whsec_" + UUID.randomUUID();
        String put = org.admin().call().body(body("baseUrl", "https://localhost/api/", "apiKey", key, "webhookSecret", secret))
                .put(org.path("/integrations/immersio")).then().statusCode(200)
                .body("data.organizationId", equalTo((int) org.id()))
                .body("data.baseUrl", equalTo("https://localhost/api"))
                .body("data.apiKeySet", equalTo(true))
                .body("data.apiKeyLast4", equalTo(key.substring(key.length() - 4)))
                .body("data.webhookSecretSet", equalTo(true))
                .body("data.syncEnabled", equalTo(false))
                .body("data.syncStatus", equalTo("pending"))
                .body("data", not(hasKey("apiKey")))
                .body("data", not(hasKey("webhookSecret")))
                .extract().asString();
        String get = org.admin().call().get(org.path("/integrations/immersio")).then().statusCode(200).extract().asString();
        for (String shown : List.of(put, get)) {
            assertFalse(shown.contains(key), shown);
            assertFalse(shown.contains(secret), shown);
        }

        Object[] stored = rows("SELECT api_key_sealed, webhook_secret_sealed FROM immersio_integrations WHERE organization_id = ?1", org.id()).get(0);
        for (Object column : stored) {
            assertTrue(((String) column).startsWith("v1:"), "sealed by SecretBox: " + column);
            assertFalse(((String) column).contains(key) || ((String) column).contains(secret));
        }

        // Omitted secrets are kept while the partner stays the same origin; an empty webhookSecret removes it.
        org.admin().call().body(body("baseUrl", "https://LOCALHOST:443/v2", "webhookSecret", "", "syncEnabled", true))
                .put(org.path("/integrations/immersio")).then().statusCode(200)
                .body("data.baseUrl", equalTo("https://LOCALHOST:443/v2"))
                .body("data.apiKeyLast4", equalTo(key.substring(key.length() - 4)))
                .body("data.webhookSecretSet", equalTo(false))
                .body("data.syncEnabled", equalTo(true));
        assertEquals(stored[0], rows("SELECT api_key_sealed FROM immersio_integrations WHERE organization_id = ?1", org.id()).get(0)[0]);

        // The stored key is never sent to another host: moving baseUrl needs the key again, and drops the stored webhook secret.
        org.admin().call().body(body("webhookSecret", secret, "baseUrl", "https://localhost/api")).put(org.path("/integrations/immersio"))
                .then().statusCode(200).body("data.webhookSecretSet", equalTo(true));
        org.admin().call().body(body("baseUrl", "https://127.0.0.1:8443")).put(org.path("/integrations/immersio")).then()
                .statusCode(422).body("error.details.field", contains("apiKey"));
        String newKey = partnerKey();
        org.admin().call().body(body("baseUrl", "https://127.0.0.1:8443", "apiKey", newKey)).put(org.path("/integrations/immersio"))
                .then().statusCode(200)
                .body("data.baseUrl", equalTo("https://127.0.0.1:8443"))
                .body("data.apiKeyLast4", equalTo(newKey.substring(newKey.length() - 4)))
                .body("data.webhookSecretSet", equalTo(false));
    }

    @Test
    void theApiKeyNeverReachesTheLogs() throws Exception {
        String key = partnerKey();
        try (FakeImmersio partner = new FakeImmersio("a-different-key-entirely")) {
            Org org = org();
            connect(org, partner, key);
            assertEquals("failed", sync(org).getString("data.status"));
            String logs = "";
            for (int i = 0; i < 50 && !logs.contains("Immersio sync of organization " + org.id() + " "); i++) {
                ImmersioFixtures.pause(100);
                logs = allLogs();
            }
            assertTrue(logs.contains("Immersio sync of organization " + org.id() + " "), "the run is logged");
            assertFalse(logs.contains(key), "the API key is in the log");
        }
    }

    @Test
    void invalidIntegrationsAreRefused() {
        Org org = org();
        String path = org.path("/integrations/immersio");
        String key = partnerKey();
        Map<String, Map<String, Object>> refusals = Map.of(
                "baseUrl", body("apiKey", key),
                "baseUrl ", body("baseUrl", "ftp://api.immersio.example", "apiKey", key),
                "baseUrl  ", body("baseUrl", "http://169.254.169.254/latest", "apiKey", key),
                "baseUrl   ", body("baseUrl", "https://localhost/v?x=1", "apiKey", key),
                "baseUrl    ", body("baseUrl", "not a url", "apiKey", key),
                "apiKey", body("baseUrl", "https://localhost"),
                "apiKey ", body("baseUrl", "https://localhost", "apiKey", "short"),
                "apiKey  ", body("baseUrl", "https://localhost", "apiKey", "has a space in it"));
        refusals.forEach((field, request) -> org.admin().call().body(request).put(path).then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.field", hasItem(field.trim())));
        org.admin().call().body("{\"baseUrl\": ").put(path).then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        org.admin().call().body(body("baseUrl", "https://localhost", "apiKey", key, "syncEnabled", "maybe"))
                .put(path).then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        org.admin().call().get(path).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        org.admin().call().post(org.path("/sync")).then().statusCode(409).body("error.message", containsString("PUT"));
    }

    @Test
    void courseMappingsBelongToTheOrganization() {
        Org org = org();
        long team = Organisations.team(org.id(), org.admin());
        long teamEventType = Scheduling.teamEventType(org.admin(), team, "collective", Scheduling.hosts(org.admin()), Map.of());
        String path = org.path("/course-mappings");

        long first = map(org, "course_a", org.eventTypeId());
        org.admin().call().body(body("courseId", "course_a", "eventTypeId", teamEventType, "syncStudents", false)).post(path)
                .then().statusCode(201)
                .header("Location", containsString(path + "/"))
                .body("data.courseId", equalTo("course_a"))
                .body("data.eventTypeId", equalTo((int) teamEventType))
                .body("data.syncStudents", equalTo(false))
                .body("data.courseName", nullValue());
        map(org, "course_b", org.eventTypeId());
        org.admin().call().body(body("courseId", "course_a", "eventTypeId", org.eventTypeId())).post(path)
                .then().statusCode(409).body("error.code", equalTo("CONFLICT"));

        org.admin().call().get(path + "?limit=2").then().statusCode(200)
                .body("data.courseId", contains("course_a", "course_a"))
                .body("pagination.totalItems", equalTo(3))
                .body("pagination.hasMore", equalTo(true));

        // Event types of a user outside the organisation, or of another organisation: 404.
        long outsiders = Scheduling.eventType(Api.newUser(), Map.of());
        Org other = org();
        for (long foreign : List.of(outsiders, other.eventTypeId(), 987_654_321L)) {
            org.admin().call().body(body("courseId", "course_x", "eventTypeId", foreign)).post(path)
                    .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        }
        org.admin().call().body(body("courseId", "../../admin", "eventTypeId", org.eventTypeId())).post(path)
                .then().statusCode(422).body("error.details.field", hasItem("courseId"));
        org.admin().call().body(body("courseId", "course_x")).post(path)
                .then().statusCode(422).body("error.details.field", hasItem("eventTypeId"));

        other.admin().call().delete(other.path("/course-mappings/" + first)).then().statusCode(404);
        org.admin().call().delete(path + "/" + first).then().statusCode(200).body("data.id", equalTo((int) first));
        org.admin().call().delete(path + "/" + first).then().statusCode(404);
        org.admin().call().get(path).then().body("pagination.totalItems", equalTo(2));
    }

    @Test
    void syncLogsAreNewestFirstAndPaginated() throws Exception {
        String key = partnerKey();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            Org org = org();
            connect(org, partner, key);
            long first = sync(org).getLong("data.id");
            long second = sync(org).getLong("data.id");
            org.admin().call().get(org.path("/sync-logs?limit=1")).then().statusCode(200)
                    .body("data.id", contains((int) second))
                    .body("data[0].syncType", equalTo("courses"))
                    .body("data[0].status", equalTo("success"))
                    .body("data[0].trigger", equalTo("manual"))
                    .body("pagination.totalItems", equalTo(2))
                    .body("pagination.hasMore", equalTo(true));
            org.admin().call().get(org.path("/sync-logs?skip=1")).then().body("data.id", contains((int) first));
            org().admin().call().get(org.path("/sync-logs/" + first)).then().statusCode(404);
        }
    }

    @Test
    void onlyTheOrganizationsAdminsMayUseIt() {
        Org org = org();
        String key = partnerKey();
        org.admin().call().body(body("baseUrl", "https://localhost", "apiKey", key))
                .put(org.path("/integrations/immersio")).then().statusCode(200);
        long mapping = map(org, "course_a", org.eventTypeId());
        TestUser owner = Organisations.user(org.id(), "OWNER");
        TestUser member = Organisations.user(org.id(), "MEMBER");
        TestUser outsider = org().admin();
        TestUser stranger = Api.newUser();

        calls(member::call, org, mapping).forEach((call, status) -> assertEquals(403, status.get(), "member: " + call));
        for (TestUser nobody : List.of(outsider, stranger)) {
            calls(nobody::call, org, mapping).forEach((call, status) -> assertEquals(404, status.get(), "outsider: " + call));
        }
        calls(Api::anonymous, org, mapping).forEach((call, status) -> assertEquals(401, status.get(), "anonymous: " + call));

        owner.call().get(org.path("/integrations/immersio")).then().statusCode(200);
        Api.admin().get(org.path("/course-mappings")).then().statusCode(200).body("data.id", contains((int) mapping));
        Api.admin().get(org.path("/sync-logs")).then().statusCode(200);
    }

    /**
     * Every log file the test run writes: the configured target/kairos-test.log holds only the
     * start-up lines here, the rest goes to Quarkus' default target/quarkus.log.
     */
    private static String allLogs() throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(Path.of("target"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    /** Every operation of the integration, as {@code who}; each returns its status. */
    private static Map<String, Supplier<Integer>> calls(Supplier<RequestSpecification> as, Org org, long mapping) {
        Map<String, Object> integration = body("baseUrl", "https://localhost", "apiKey", partnerKey());
        Map<String, Object> newMapping = body("courseId", "course_z", "eventTypeId", org.eventTypeId());
        return Map.of(
                "PUT integration", () -> as.get().body(integration).put(org.path("/integrations/immersio")).statusCode(),
                "GET integration", () -> as.get().get(org.path("/integrations/immersio")).statusCode(),
                "POST mapping", () -> as.get().body(newMapping).post(org.path("/course-mappings")).statusCode(),
                "GET mappings", () -> as.get().get(org.path("/course-mappings")).statusCode(),
                "DELETE mapping", () -> as.get().delete(org.path("/course-mappings/" + mapping)).statusCode(),
                "POST sync", () -> as.get().post(org.path("/sync")).statusCode(),
                "GET sync logs", () -> as.get().get(org.path("/sync-logs")).statusCode(),
                "GET sync log", () -> as.get().get(org.path("/sync-logs/1")).statusCode());
    }
}
