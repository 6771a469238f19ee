package dev.kairos.organization.immersio;

import static dev.kairos.organization.immersio.FakeImmersio.student;
import static dev.kairos.organization.immersio.ImmersioFixtures.connect;
import static dev.kairos.organization.immersio.ImmersioFixtures.map;
import static dev.kairos.organization.immersio.ImmersioFixtures.mappedOrg;
import static dev.kairos.organization.immersio.ImmersioFixtures.org;
import static dev.kairos.organization.immersio.ImmersioFixtures.partnerKey;
import static dev.kairos.organization.immersio.ImmersioFixtures.sync;
import static dev.kairos.organization.immersio.ImmersioFixtures.whitelist;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.organization.immersio.ImmersioFixtures.Org;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, course sync (immersio-api.md): a run reads every page of courses and students, writes
 * whitelists (only its own entries), and copes with the partner's failures as the page says.
 * Driven through Kairos' API against a local server playing Immersio.
 */
@QuarkusTest
class ImmersioSyncTest {

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<Map<String, Object>> roster(String tag, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> student("stu_" + i, "Student" + i + "-" + tag + "@Example.com", "Student " + i)).toList();
    }

    @Test
    void readsEveryPageAndWhitelistsTheStudents() throws Exception {
        String key = partnerKey();
        String tag = tag();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            IntStream.range(0, 250).forEach(i -> partner.course("course_" + i + "_" + tag, "Course " + i));
            partner.students("course_7_" + tag, roster(tag, 0, 1200));
            Org org = org();
            long teamEventType = Scheduling.teamEventType(org.admin(), dev.kairos.testing.Organisations.team(org.id(), org.admin()),
                    "collective", Scheduling.hosts(org.admin()), Map.of());
            connect(org, partner, key);
            map(org, "course_7_" + tag, org.eventTypeId());
            partner.students("course_9_" + tag, roster(tag, 5000, 5003));
            map(org, "course_9_" + tag, teamEventType);

            JsonPath log = sync(org);

            assertEquals("success", log.getString("data.status"), log.prettify());
            assertEquals("students", log.getString("data.syncType"));
            assertEquals("pull", log.getString("data.direction"));
            assertEquals(250 + 1200 + 3, log.getInt("data.recordsProcessed"));
            assertEquals(0, log.getInt("data.recordsFailed"));
            assertTrue(log.getList("data.errorDetails").isEmpty());
            assertEquals(3, partner.requests("/v1/courses?").size(), "course pages of 100");
            assertEquals(3, partner.requests("course_7_" + tag + "/students").size(), "student pages of 500");
            assertTrue(partner.requests().stream().allMatch(FakeImmersio.Request::authorized));

            Map<String, String> entries = whitelist(org, org.eventTypeId());
            assertEquals(1200, entries.size());
            assertEquals("sync", entries.get("student0-" + tag + "@example.com"), "emails are lower-cased");
            assertEquals(Map.of("student5000-" + tag + "@example.com", "sync", "student5001-" + tag + "@example.com", "sync",
                    "student5002-" + tag + "@example.com", "sync"), whitelist(org, teamEventType));

            org.admin().call().get(org.path("/integrations/immersio")).then().statusCode(200)
                    .body("data.syncStatus", equalTo("success"))
                    .body("data.lastSyncAt", notNullValue())
                    .body("data.lastSyncLogId", equalTo(log.getInt("data.id")));
            org.admin().call().get(org.path("/course-mappings")).then().statusCode(200)
                    .body("data[0].courseName", equalTo("Course 7"))
                    .body("data[0].lastStudentSyncAt", notNullValue());
            org.admin().call().get("/v2/event-types/" + org.eventTypeId() + "/whitelist?limit=1").then().statusCode(200)
                    .body("data[0].source", equalTo("sync"))
                    .body("data[0].externalStudentId", notNullValue())
                    .body("pagination.totalItems", equalTo(1200));
        }
    }

    @Test
    void aLeaverLosesOnlyTheSyncEntryAndHandAddedEntriesStay() throws Exception {
        String key = partnerKey();
        String tag = tag();
        String ana = "ana-" + tag + "@example.com";
        String bob = "bob-" + tag + "@example.com";
        String cara = "cara-" + tag + "@example.com";
        String hand = "hand-" + tag + "@example.com";
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Business English").students("course_" + tag,
                    List.of(student("s1", ana, "Ana"), student("s2", bob, "Bob"), student("s3", cara, "Cara")));
            Org org = mappedOrg(partner, key, "course_" + tag);
            org.admin().call().body(Map.of("entries", List.of(Map.of("email", ana, "name", "Ana by hand"), Map.of("email", hand))))
                    .post("/v2/event-types/" + org.eventTypeId() + "/whitelist").then().statusCode(201);

            assertEquals("success", sync(org).getString("data.status"));
            assertEquals(Map.of(ana, "manual", hand, "manual", bob, "sync", cara, "sync"), whitelist(org, org.eventTypeId()));

            // Ana and Bob leave the course; Cara changes her name.
            partner.students("course_" + tag, List.of(student("s3", cara, "Cara Nova")));
            JsonPath second = sync(org);

            assertEquals("success", second.getString("data.status"), second.prettify());
            assertEquals(Map.of(ana, "manual", hand, "manual", cara, "sync"), whitelist(org, org.eventTypeId()));
            var entries = org.admin().call().get("/v2/event-types/" + org.eventTypeId() + "/whitelist").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals("Ana by hand", entries.getString("data.find { it.email == '" + ana + "' }.name"), "a manual entry is never updated");
            assertEquals("Cara Nova", entries.getString("data.find { it.email == '" + cara + "' }.name"));
        }
    }

    @Test
    void a401StopsTheRunAndLogsItFailed() throws Exception {
        String tag = tag();
        try (FakeImmersio partner = new FakeImmersio(partnerKey())) {
            partner.course("course_" + tag, "Course").students("course_" + tag, roster(tag, 0, 3));
            Org org = mappedOrg(partner, partnerKey(), "course_" + tag);

            JsonPath log = sync(org);

            assertEquals("failed", log.getString("data.status"), log.prettify());
            assertTrue(log.getString("data.errorDetails[0].message").contains("401"), log.prettify());
            assertEquals(1, partner.requests().size(), "nothing more is asked after a 401");
            assertTrue(whitelist(org, org.eventTypeId()).isEmpty());
            org.admin().call().get(org.path("/integrations/immersio")).then()
                    .body("data.syncStatus", equalTo("failed"))
                    .body("data.syncErrorMessage", containsString("401"));
        }
    }

    @Test
    void a429WaitsForRetryAfter() throws Exception {
        String key = partnerKey();
        String tag = tag();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Course").students("course_" + tag, roster(tag, 0, 2));
            partner.fail("/v1/courses?", 429, 1, Map.of("Retry-After", "1"));
            Org org = mappedOrg(partner, key, "course_" + tag);

            JsonPath log = sync(org);

            assertEquals("success", log.getString("data.status"), log.prettify());
            List<FakeImmersio.Request> courses = partner.requests("/v1/courses?");
            assertEquals(2, courses.size());
            long waited = courses.get(1).at() - courses.get(0).at();
            assertTrue(waited >= 950, "waited " + waited + " ms, Retry-After said 1 s");
            assertEquals(2, whitelist(org, org.eventTypeId()).size());
        }
    }

    @Test
    void slowAnswersAreWaitedForAndTimeoutsRetried() throws Exception {
        String key = partnerKey();
        String tag = tag();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Course").students("course_" + tag, roster(tag, 0, 3));
            // Slow but within the 1.5 s test timeout, then one answer slower than it.
            partner.delay(700).stall("/students?page=1", 2500, 1);
            Org org = mappedOrg(partner, key, "course_" + tag);

            JsonPath log = sync(org);

            assertEquals("success", log.getString("data.status"), log.prettify());
            assertEquals(2, partner.requests("/students?page=1").size(), "the timed-out request was sent again");
            assertEquals(3, whitelist(org, org.eventTypeId()).size());
        }
    }

    @Test
    void transient5xxPartWayThroughThePagesRecovers() throws Exception {
        String key = partnerKey();
        String tag = tag();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Course").students("course_" + tag, roster(tag, 0, 1100));
            partner.fail("/students?page=2", 503, 2, Map.of());
            Org org = mappedOrg(partner, key, "course_" + tag);

            JsonPath log = sync(org);

            assertEquals("success", log.getString("data.status"), log.prettify());
            assertEquals(3, partner.requests("/students?page=2").size(), "two 503s, then the third attempt");
            assertEquals(1100, whitelist(org, org.eventTypeId()).size());
        }
    }

    @Test
    void persistent5xxPartWayIsPartialAndRemovesNobody() throws Exception {
        String key = partnerKey();
        String tag = tag();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Course").students("course_" + tag, roster(tag, 0, 1100));
            Org org = mappedOrg(partner, key, "course_" + tag);
            assertEquals("success", sync(org).getString("data.status"));

            // Page 3's student leaves; page 2 cannot be read at all.
            partner.students("course_" + tag, roster(tag, 0, 1000));
            partner.fail("/students?page=2", 500, 100, Map.of());
            JsonPath log = sync(org);

            assertEquals("partial", log.getString("data.status"), log.prettify());
            assertEquals(1, log.getInt("data.recordsFailed"));
            assertTrue(log.getString("data.errorDetails[0].message").contains("page 2"), log.prettify());
            assertEquals(3, partner.requests("/students?page=2").size() - 1, "three attempts in the second run");
            assertEquals(1100, whitelist(org, org.eventTypeId()).size(), "with a page missing, nobody is removed");
        }
    }

    @Test
    void aPartnerDownForEverythingFailsTheRun() throws Exception {
        String key = partnerKey();
        String tag = tag();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Course").students("course_" + tag, roster(tag, 0, 2));
            partner.fail("/v1/courses", 502, 100, Map.of());
            Org org = mappedOrg(partner, key, "course_" + tag);

            JsonPath log = sync(org);

            assertEquals("failed", log.getString("data.status"), log.prettify());
            assertEquals(2, log.getInt("data.recordsFailed"));
            assertEquals(6, partner.requests().size(), "3 attempts for the course list, 3 for the roster");
        }
    }

    @Test
    void aCourseThatNoLongerExistsIsLoggedAndItsStudentsKept() throws Exception {
        String key = partnerKey();
        String tag = tag();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Course").students("course_" + tag, roster(tag, 0, 2));
            Org org = mappedOrg(partner, key, "course_" + tag);
            assertEquals("success", sync(org).getString("data.status"));

            partner.removeCourse("course_" + tag);
            JsonPath log = sync(org);

            assertEquals("partial", log.getString("data.status"), log.prettify());
            assertEquals("course course_" + tag, log.getString("data.errorDetails[0].scope"));
            assertTrue(log.getString("data.errorDetails[0].message").contains("no longer exists"));
            assertEquals(1, partner.requests("course_" + tag + "/students").size() - 1, "a 404 is not retried");
            assertEquals(2, whitelist(org, org.eventTypeId()).size());
        }
    }

    @Test
    void studentsWithoutAUsableEmailAreCountedAsFailed() throws Exception {
        String key = partnerKey();
        String tag = tag();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Course").students("course_" + tag,
                    List.of(student("ok", "ok-" + tag + "@example.com", "Ok"), student("bad", "not an email", "Bad")));
            Org org = mappedOrg(partner, key, "course_" + tag);

            JsonPath log = sync(org);

            assertEquals("partial", log.getString("data.status"), log.prettify());
            assertEquals(1, log.getInt("data.recordsFailed"));
            assertTrue(log.getString("data.errorDetails[0].message").contains("student bad"));
            assertFalse(whitelist(org, org.eventTypeId()).containsKey("not an email"));
            assertEquals(1, whitelist(org, org.eventTypeId()).size());
        }
    }

    @Test
    void aStudentLeavingWhileThePagesAreReadRemovesNobody() throws Exception {
        String key = partnerKey();
        String tag = tag();
        String course = "course_" + tag;
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course(course, "Course").students(course, roster(tag, 0, 1100));
            Org org = mappedOrg(partner, key, course);
            assertEquals("success", sync(org).getString("data.status"));

            // Student 0 leaves right after page 1 is read: the pages shift and student 500 is on none of those read.
            partner.afterAnswer(course + "/students?page=1", () -> partner.students(course, roster(tag, 1, 1100)));
            JsonPath log = sync(org);

            assertEquals("partial", log.getString("data.status"), log.prettify());
            assertTrue(log.getString("data.errorDetails[0].message").contains("1099 items read of the 1100"), log.prettify());
            Map<String, String> entries = whitelist(org, org.eventTypeId());
            assertEquals(1100, entries.size(), "with fewer students read than listed, nobody is removed");
            assertEquals("sync", entries.get("student500-" + tag + "@example.com"));

            JsonPath next = sync(org);
            assertEquals("success", next.getString("data.status"), next.prettify());
            assertEquals(1099, whitelist(org, org.eventTypeId()).size(), "a full read removes the leaver");
            assertFalse(whitelist(org, org.eventTypeId()).containsKey("student0-" + tag + "@example.com"));
        }
    }

    @Test
    void aRosterLongerThanTheCapIsNotReadAndRemovesNobody() throws Exception {
        String key = partnerKey();
        String tag = tag();
        String course = "course_" + tag;
        String leaver = "leaver-" + tag + "@example.com";
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course(course, "Course").students(course, List.of(student("leaver", leaver, "Leaver")));
            Org org = mappedOrg(partner, key, course);
            assertEquals("success", sync(org).getString("data.status"));

            partner.students(course, roster(tag, 0, SyncRun.MAX_STUDENTS_PER_COURSE + 1));
            JsonPath log = sync(org);

            assertEquals("partial", log.getString("data.status"), log.prettify());
            assertTrue(log.getString("data.errorDetails[0].message").contains("more than the 50000"), log.prettify());
            assertEquals(1, partner.requests(course + "/students?").size() - 1, "nothing past the first page is read");
            assertEquals(Map.of(leaver, "sync"), whitelist(org, org.eventTypeId()), "an incomplete roster removes nobody");
        }
    }

    @Test
    void anEndlessAnswerIsCutOffAtTheSizeCap() throws Exception {
        String key = partnerKey();
        String tag = tag();
        try (FakeImmersio partner = new FakeImmersio(key)) {
            partner.course("course_" + tag, "Course").students("course_" + tag, roster(tag, 0, 2));
            partner.flood("/students?page=1");
            Org org = mappedOrg(partner, key, "course_" + tag);

            JsonPath log = sync(org);

            assertEquals("partial", log.getString("data.status"), log.prettify());
            assertTrue(log.getString("data.errorDetails[0].message").contains("larger than " + PartnerHttp.MAX_BODY_BYTES), log.prettify());
            long perAttempt = partner.floodedBytes() / partner.requests("/students?page=1").size();
            assertTrue(perAttempt < 2L * PartnerHttp.MAX_BODY_BYTES, "the client left at the cap, not the timeout: " + perAttempt + " bytes");
        }
    }
}
