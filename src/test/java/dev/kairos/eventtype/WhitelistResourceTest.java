package dev.kairos.eventtype;

import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.hosts;
import static dev.kairos.testing.Scheduling.teamEventType;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, workshop whitelists: {@code /v2/event-types/{id}/whitelist} CRUD, pagination, bulk
 * imports, validation, and who may read and change a list.
 */
@QuarkusTest
class WhitelistResourceTest {

    private static final Logger LOG = Logger.getLogger(WhitelistResourceTest.class);

    private static String path(long eventTypeId) {
        return "/v2/event-types/" + eventTypeId + "/whitelist";
    }

    private static Map<String, Object> entry(String email, String name, String studentId) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("email", email);
        if (name != null) {
            entry.put("name", name);
        }
        if (studentId != null) {
            entry.put("externalStudentId", studentId);
        }
        return entry;
    }

    private static ValidatableResponse importing(TestUser by, long eventTypeId, List<Map<String, Object>> entries) {
        return by.call().body(Map.of("entries", entries)).post(path(eventTypeId)).then();
    }

    private static ValidatableResponse list(TestUser by, long eventTypeId, String query) {
        return by.call().get(path(eventTypeId) + query).then();
    }

    /** Emails that appear nowhere else, so tests never collide. */
    private static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void importListUpdateAndRemove() {
        TestUser owner = Api.newUser();
        long workshop = eventType(owner, Map.of());
        String ada = email("ada");
        String bob = email("bob");

        importing(owner, workshop, List.of(entry(ada.toUpperCase(), "Ada", "stu_1"), entry(bob, null, null)))
                .statusCode(201)
                .body("status", equalTo("success"))
                .body("data.added", equalTo(2))
                .body("data.updated", equalTo(0));
        list(owner, workshop, "").statusCode(200)
                .body("data.email", contains(ada, bob))
                .body("data[0].name", equalTo("Ada"))
                .body("data[0].externalStudentId", equalTo("stu_1"))
                .body("data[0].addedByUserId", equalTo((int) owner.id()))
                .body("data[0].createdAt", notNullValue())
                .body("data[1].name", nullValue())
                .body("pagination.totalItems", equalTo(2));

        // Same email in another case: an update; an omitted name keeps the stored one.
        importing(owner, workshop, List.of(entry(" " + ada + " ", null, "stu_9"), entry(email("carol"), "Carol", null)))
                .statusCode(201)
                .body("data.added", equalTo(1))
                .body("data.updated", equalTo(1));
        list(owner, workshop, "").statusCode(200)
                .body("data", hasSize(3))
                .body("data[0].name", equalTo("Ada"))
                .body("data[0].externalStudentId", equalTo("stu_9"));

        owner.call().delete(path(workshop) + "?email=" + bob.toUpperCase()).then().statusCode(200).body("data.removed", equalTo(1));
        owner.call().delete(path(workshop) + "?email=" + bob).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        owner.call().delete(path(workshop) + "?email=").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        list(owner, workshop, "").body("data", hasSize(2));

        owner.call().delete(path(workshop)).then().statusCode(200).body("data.removed", equalTo(2));
        list(owner, workshop, "").statusCode(200).body("data", hasSize(0)).body("pagination.totalItems", equalTo(0));
    }

    @Test
    void listsArePaginatedByEmail() {
        TestUser owner = Api.newUser();
        long workshop = eventType(owner, Map.of());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> entries = IntStream.range(0, 5)
                .mapToObj(i -> entry("s" + (4 - i) + "-" + tag + "@example.com", null, null)).toList();
        importing(owner, workshop, entries).statusCode(201).body("data.added", equalTo(5));

        var first = list(owner, workshop, "?limit=2").statusCode(200)
                .body("data.email", contains("s0-" + tag + "@example.com", "s1-" + tag + "@example.com"))
                .body("pagination.hasMore", equalTo(true))
                .body("pagination.totalItems", equalTo(5))
                .extract().jsonPath();
        list(owner, workshop, "?limit=2&cursor=" + first.getString("pagination.cursor")).statusCode(200)
                .body("data.email", contains("s2-" + tag + "@example.com", "s3-" + tag + "@example.com"));
        list(owner, workshop, "?take=2&skip=4").statusCode(200)
                .body("data.email", contains("s4-" + tag + "@example.com"))
                .body("pagination.hasMore", equalTo(false));
        list(owner, workshop, "?limit=0").statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
    }

    @Test
    void tenThousandEntriesImportInOneCall() {
        TestUser owner = Api.newUser();
        long workshop = eventType(owner, Map.of());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> entries = new ArrayList<>(IntStream.range(0, 10_000)
                .mapToObj(i -> entry("Student.Lastname-" + i + "-" + tag + "@University.Example.COM", "Student Lastname " + i,
                        "stu_" + (10_000_000 + i))).toList());
        importing(owner, workshop, entries.subList(0, 1000)).statusCode(201).body("data.added", equalTo(1000));

        // About 1.3 MB: more than ordinary operations accept (1 MB), which a bulk import may send.
        long started = System.nanoTime();
        importing(owner, workshop, entries).statusCode(201)
                .body("data.added", equalTo(9000))
                .body("data.updated", equalTo(1000));
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Imported 10,000 whitelist entries (9,000 new, 1,000 updated) in one call in %d ms", millis);

        list(owner, workshop, "?limit=1").statusCode(200)
                .body("pagination.totalItems", equalTo(10_000))
                .body("data[0].email", startsWith("student.lastname-0-" + tag));

        entries.add(entry(email("one-more"), null, null));
        importing(owner, workshop, entries).statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.field", contains("entries"))
                .body("error.message", containsString("10000"));
        list(owner, workshop, "?limit=1").body("pagination.totalItems", equalTo(10_000));
    }

    @Test
    void oneInvalidEntryRefusesTheWholeImport() {
        TestUser owner = Api.newUser();
        long workshop = eventType(owner, Map.of());
        List<Map<String, Object>> entries = new ArrayList<>(IntStream.range(0, 20)
                .mapToObj(i -> entry(email("ok" + i), null, null)).toList());
        entries.set(3, entry("not-an-email", null, null));
        entries.set(17, entry(email("long"), "x".repeat(256), null));

        importing(owner, workshop, entries).statusCode(422)
                .body("status", equalTo("error"))
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.field", contains("entries[3].email", "entries[17].name"))
                .body("error.message", containsString("nothing was imported"));
        list(owner, workshop, "").statusCode(200).body("data", hasSize(0));

        owner.call().body(Map.of()).post(path(workshop)).then().statusCode(422)
                .body("error.details.field", contains("entries"));
        owner.call().body(Map.of("entries", "ada@example.com")).post(path(workshop)).then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"));
    }

    @Test
    void anotherUsersEventTypeIsNotFoundForEveryOperation() {
        TestUser owner = Api.newUser();
        TestUser stranger = Api.newUser();
        long workshop = eventType(owner, Map.of());
        String ada = email("ada");
        importing(owner, workshop, List.of(entry(ada, null, null))).statusCode(201);

        for (long id : new long[] {workshop, 999_999_999L}) {
            list(stranger, id, "").statusCode(404).body("error.code", equalTo("NOT_FOUND"));
            importing(stranger, id, List.of(entry(email("eve"), null, null))).statusCode(404).body("error.code", equalTo("NOT_FOUND"));
            stranger.call().delete(path(id) + "?email=" + ada).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
            stranger.call().delete(path(id)).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        }
        Api.anonymous().get(path(workshop)).then().statusCode(401);
        list(owner, workshop, "").statusCode(200).body("data.email", contains(ada));
    }

    @Test
    void teamAdminsManageMembersReadOthersSeeNothing() {
        TestUser owner = Api.newUser();
        TestUser admin = Api.newUser();
        TestUser member = Api.newUser();
        TestUser outsider = Api.newUser();
        long teamId = Teams.teamWithMembers(owner, member);
        Teams.addMember(owner, teamId, admin.id(), "ADMIN");
        long workshop = teamEventType(owner, teamId, "collective", hosts(owner), Map.of());
        String ada = email("ada");

        importing(admin, workshop, List.of(entry(ada, "Ada", null))).statusCode(201).body("data.added", equalTo(1));
        list(member, workshop, "").statusCode(200).body("data.email", contains(ada))
                .body("data.addedByUserId", everyItem(equalTo((int) admin.id())));

        importing(member, workshop, List.of(entry(email("bob"), null, null))).statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        member.call().delete(path(workshop) + "?email=" + ada).then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        member.call().delete(path(workshop)).then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));

        list(outsider, workshop, "").statusCode(404).body("error.code", equalTo("NOT_FOUND"))
                .body("error.message", not(containsString("team")));
        importing(outsider, workshop, List.of(entry(email("eve"), null, null))).statusCode(404);

        owner.call().delete(path(workshop) + "?email=" + ada).then().statusCode(200).body("data.removed", equalTo(1));
        assertEquals(0, list(admin, workshop, "").statusCode(200).extract().jsonPath().getList("data").size());
    }
}
