package dev.kairos.organization.immersio;

import static dev.kairos.organization.immersio.FakeImmersio.student;
import static dev.kairos.organization.immersio.ImmersioFixtures.awaitLog;
import static dev.kairos.organization.immersio.ImmersioFixtures.connect;
import static dev.kairos.organization.immersio.ImmersioFixtures.execute;
import static dev.kairos.organization.immersio.ImmersioFixtures.map;
import static dev.kairos.organization.immersio.ImmersioFixtures.mappedOrg;
import static dev.kairos.organization.immersio.ImmersioFixtures.org;
import static dev.kairos.organization.immersio.ImmersioFixtures.partnerKey;
import static dev.kairos.organization.immersio.ImmersioFixtures.rows;
import static dev.kairos.organization.immersio.ImmersioFixtures.sync;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.organization.immersio.ImmersioFixtures.Org;
import dev.kairos.testing.Scheduling;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One run per organisation at a time (claims in PostgreSQL), at most two partner requests in flight,
 * and a run that died mid-way not leaving its organisation syncing for good.
 */
@QuarkusTest
class ImmersioSyncConcurrencyTest {

    @Test
    void triggersAtTheSameMomentGiveOneRun() throws Exception {
        String key = partnerKey();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Course").students("course_" + tag, List.of(student("s1", "s1-" + tag + "@example.com", "S")));
            partner.delay(500);
            Org org = mappedOrg(partner, key, "course_" + tag);

            List<Response> answers = fire(4, () -> org.admin().call().post(org.path("/sync")));

            List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(202, 409, 409, 409), statuses);
            Response started = answers.stream().filter(r -> r.statusCode() == 202).findFirst().orElseThrow();
            long logId = started.jsonPath().getLong("data.id");
            assertTrue(started.header("Location").endsWith(org.path("/sync-logs/" + logId)));
            answers.stream().filter(r -> r.statusCode() == 409).forEach(r -> {
                assertEquals("CONFLICT", r.jsonPath().getString("error.code"));
                assertTrue(r.jsonPath().getString("error.message").contains("sync log " + logId), r.asString());
            });
            assertEquals("success", awaitLog(org, logId).getString("data.status"));
            assertEquals(1L, ((Number) rows("SELECT count(*) FROM immersio_sync_logs WHERE organization_id = ?1", org.id()).get(0)[0]).longValue());
            assertEquals(1, partner.requests("/v1/courses?").size(), "the course list was read by one run only");
        }
    }

    @Test
    void aRunLongerThanItsLeaseRenewsItAndKeepsItsClaim() throws Exception {
        String key = partnerKey();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.delay(1000);
            Org org = org();
            connect(org, partner, key);
            for (int i = 0; i < 10; i++) {
                String course = "course_" + i + "_" + tag;
                partner.course(course, "Course " + i).students(course, List.of(student("s" + i, "s" + i + "-" + tag + "@example.com", "S")));
                map(org, course, org.eventTypeId());
            }
            long started = System.currentTimeMillis();
            long logId = org.admin().call().post(org.path("/sync")).then().statusCode(202).extract().jsonPath().getLong("data.id");

            // The test lease is 4 s; the run takes about 6 s (the course list, then five rounds of two rosters).
            ImmersioFixtures.pause(Math.max(0, started + 4_800 - System.currentTimeMillis()));
            org.admin().call().post(org.path("/sync")).then().statusCode(409).body("error.message", containsString("sync log " + logId));

            JsonPath log = awaitLog(org, logId);
            assertEquals("success", log.getString("data.status"), log.prettify());
            assertTrue(System.currentTimeMillis() - started > 4_000, "the run outlived its first lease");
            assertEquals(10, whitelistSize(org));
        }
    }

    @Test
    void neverMoreThanTwoRequestsInFlight() throws Exception {
        String key = partnerKey();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.delay(300);
            Org org = org();
            connect(org, partner, key);
            for (int i = 0; i < 6; i++) {
                String course = "course_" + i + "_" + tag;
                partner.course(course, "Course " + i).students(course, List.of(student("s" + i, "s" + i + "-" + tag + "@example.com", "S")));
                map(org, course, i % 2 == 0 ? org.eventTypeId() : Scheduling.eventType(org.admin(), Map.of()));
            }

            JsonPath log = sync(org);

            assertEquals("success", log.getString("data.status"), log.prettify());
            assertEquals(7, partner.requests().size());
            assertEquals(2, partner.maxInFlight(), "rosters are read two at a time, never more");
        }
    }

    @Test
    void aRunWhoseInstanceDiedIsMarkedFailedAndTheNextOneStarts() throws Exception {
        String key = partnerKey();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            Org org = org();
            connect(org, partner, key);
            long orphan = orphanedRun(org, "clock_timestamp() - interval '1 minute'");

            org.admin().call().get(org.path("/integrations/immersio")).then().statusCode(200)
                    .body("data.syncStatus", equalTo("failed"))
                    .body("data.syncErrorMessage", containsString("stopped without finishing"));
            org.admin().call().get(org.path("/sync-logs/" + orphan)).then().statusCode(200)
                    .body("data.status", equalTo("failed"))
                    .body("data.completedAt", notNullValue())
                    .body("data.errorDetails[0].message", containsString("stopped without finishing"));
            assertEquals("success", sync(org).getString("data.status"));
        }
    }

    @Test
    void aLiveRunOfAnotherInstanceIsNotTakenOver() throws Exception {
        String key = partnerKey();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            Org org = org();
            connect(org, partner, key);
            long running = orphanedRun(org, "clock_timestamp() + interval '1 minute'");

            org.admin().call().post(org.path("/sync")).then().statusCode(409)
                    .body("error.message", containsString("sync log " + running));
            org.admin().call().get(org.path("/integrations/immersio")).then().body("data.syncStatus", equalTo("syncing"));

            // Its lease runs out without being renewed: the next trigger takes over.
            execute("UPDATE immersio_integrations SET sync_lease_until = clock_timestamp() - interval '1 second' WHERE organization_id = ?1",
                    org.id());
            assertEquals("success", sync(org).getString("data.status"));
            org.admin().call().get(org.path("/sync-logs/" + running)).then().body("data.status", equalTo("failed"));
        }
    }

    @Test
    void theScheduleSyncsOrganizationsWithSyncEnabledOnly() throws Exception {
        String key = partnerKey();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Course").students("course_" + tag, List.of(student("s1", "s1-" + tag + "@example.com", "S")));
            Org enabled = org();
            connect(enabled, partner, key, true);
            map(enabled, "course_" + tag, enabled.eventTypeId());
            Org disabled = org();
            connect(disabled, partner, key, false);

            // The interval is off in tests; this is what each tick does.
            Arc.container().instance(SyncScheduler.class).get().syncEnabledOrganizations();

            JsonPath logs = enabled.admin().call().get(enabled.path("/sync-logs")).then().statusCode(200).extract().jsonPath();
            assertEquals("scheduled", logs.getString("data[0].trigger"));
            assertEquals("success", awaitLog(enabled, logs.getLong("data[0].id")).getString("data.status"));
            assertEquals(1, whitelistSize(enabled));
            disabled.admin().call().get(disabled.path("/sync-logs")).then().body("pagination.totalItems", equalTo(0));
        }
    }

    @Test
    void organizationsSharingAPartnerNeverWaitForEachOthersConnections() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = List.of(partnerKey(), partnerKey(), partnerKey());
        try (FakeImmersio partner = new FakeImmersio(keys.get(0))) {
            keys.forEach(partner::accept);
            // Each answer takes 1 s of the 1.5 s timeout: a request that waits for a connection first times out.
            partner.delay(1000);
            List<Org> orgs = new ArrayList<>();
            for (int o = 0; o < keys.size(); o++) {
                Org org = org();
                connect(org, partner, keys.get(o));
                for (int i = 0; i < 4; i++) {
                    String course = "course_" + o + "_" + i + "_" + tag;
                    partner.course(course, "Course").students(course, List.of(student("s" + i, "s" + o + i + "-" + tag + "@example.com", "S")));
                    map(org, course, org.eventTypeId());
                }
                orgs.add(org);
            }

            List<Response> answers = fire(orgs.size(), new java.util.function.Supplier<>() {
                private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

                @Override
                public Response get() {
                    Org org = orgs.get(next.getAndIncrement());
                    return org.admin().call().post(org.path("/sync"));
                }
            });

            for (Response answer : answers) {
                assertEquals(202, answer.statusCode(), answer.asString());
            }
            for (Org org : orgs) {
                long logId = ((Number) rows("SELECT max(id) FROM immersio_sync_logs WHERE organization_id = ?1", org.id()).get(0)[0]).longValue();
                JsonPath log = awaitLog(org, logId);
                assertEquals("success", log.getString("data.status"), log.prettify());
            }
            assertEquals(3 * (1 + 4), partner.requests().size(), "no request timed out waiting for a connection, none was sent late");
            for (String key : keys) {
                assertTrue(partner.maxInFlight(key) <= 2, "an organisation had " + partner.maxInFlight(key) + " requests in flight");
            }
        }
    }

    @Test
    void aRunThatLostItsClaimStopsBeforeItsNextPage() throws Exception {
        String key = partnerKey();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String course = "course_" + tag;
        try (FakeImmersio partner = new FakeImmersio(key)) {
            List<Map<String, Object>> roster = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                roster.add(student("s" + i, "s" + i + "-" + tag + "@example.com", "S"));
            }
            partner.course(course, "Course").students(course, roster).delay(400);
            Org org = mappedOrg(partner, key, course);
            long logId = org.admin().call().post(org.path("/sync")).then().statusCode(202).extract().jsonPath().getLong("data.id");

            // Once the course list is read and named, another run takes the organisation over while this one pages through
            // the roster (10 pages, 0.4 s each); this run learns it at its next lease renewal (every 4/3 s in tests).
            ImmersioFixtures.pause(900);
            // (The other run holds a lease of its own, so only this run's end writes its log.)
            execute("UPDATE immersio_integrations SET sync_token = gen_random_uuid(), sync_lease_until = clock_timestamp() + interval '1 minute' "
                    + "WHERE organization_id = ?1", org.id());

            JsonPath log = awaitLog(org, logId);
            assertEquals("failed", log.getString("data.status"), log.prettify());
            int pages = partner.requests(course + "/students?").size();
            assertTrue(pages < 10, "the run read " + pages + " of 10 pages after losing its claim");
            assertEquals(0, whitelistSize(org));
        }
    }

    @Test
    void aSyncAskedForWhileEverySlotIsBusyAnswers503AndTheScheduleWaits() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int slots = 4;
        List<String> keys = new ArrayList<>();
        for (int o = 0; o <= slots; o++) {
            keys.add(partnerKey());
        }
        try (FakeImmersio partner = new FakeImmersio(keys.get(0))) {
            keys.forEach(partner::accept);
            partner.delay(800);
            List<Org> orgs = new ArrayList<>();
            for (int o = 0; o <= slots; o++) {
                Org org = org();
                connect(org, partner, keys.get(o), o == slots);
                String course = "course_" + o + "_" + tag;
                partner.course(course, "Course").students(course, List.of(student("s" + o, "s" + o + "-" + tag + "@example.com", "S")));
                map(org, course, org.eventTypeId());
                orgs.add(org);
            }
            // Only this test's organisation is due on the schedule.
            execute("UPDATE immersio_integrations SET sync_enabled = false WHERE organization_id <> ?1", orgs.get(slots).id());

            List<Long> running = new ArrayList<>();
            for (Org org : orgs.subList(0, slots)) {
                running.add(org.admin().call().post(org.path("/sync")).then().statusCode(202).extract().jsonPath().getLong("data.id"));
            }
            Org waiting = orgs.get(slots);
            waiting.admin().call().post(waiting.path("/sync")).then().statusCode(503)
                    .header("Retry-After", equalTo("30"))
                    .body("error.code", equalTo("SERVICE_UNAVAILABLE"));
            Arc.container().instance(SyncScheduler.class).get().syncEnabledOrganizations();
            waiting.admin().call().get(waiting.path("/sync-logs")).then().body("pagination.totalItems", equalTo(0));

            for (int o = 0; o < slots; o++) {
                assertEquals("success", awaitLog(orgs.get(o), running.get(o)).getString("data.status"));
            }
            // A slot is free once the run has written its log; the next tick claims the organisation.
            ImmersioFixtures.pause(200);
            Arc.container().instance(SyncScheduler.class).get().syncEnabledOrganizations();
            JsonPath logs = waiting.admin().call().get(waiting.path("/sync-logs")).then().statusCode(200).extract().jsonPath();
            assertEquals("scheduled", logs.getString("data[0].trigger"));
            assertEquals("success", awaitLog(waiting, logs.getLong("data[0].id")).getString("data.status"));
        }
    }

    private static int whitelistSize(Org org) {
        return ImmersioFixtures.whitelist(org, org.eventTypeId()).size();
    }

    /** A run claimed as another instance would, whose lease ends at {@code leaseUntil} (SQL); returns its log id. */
    private static long orphanedRun(Org org, String leaseUntil) {
        long logId = ((Number) rows("""
                INSERT INTO immersio_sync_logs (organization_id, sync_type, direction, trigger, status, started_at)
                VALUES (?1, 'courses', 'pull', 'scheduled', 'running', ?2) RETURNING id""", org.id(),
                java.sql.Timestamp.from(Instant.now())).get(0)[0]).longValue();
        execute("UPDATE immersio_integrations SET sync_status = 'syncing', sync_token = gen_random_uuid(), sync_log_id = ?2, "
                + "sync_claimed_at = clock_timestamp(), sync_lease_until = " + leaseUntil + " WHERE organization_id = ?1", org.id(), logId);
        return logId;
    }

    /** Sends {@code count} requests at the same moment. */
    private static List<Response> fire(int count, java.util.function.Supplier<Response> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.get();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
