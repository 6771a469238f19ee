package dev.kairos.team;

import static dev.kairos.team.TeamCalls.memberships;
import static dev.kairos.team.TeamCalls.team;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamResourceTest {

    private static String slug() {
        return "team-" + UUID.randomUUID();
    }

    @Test
    void createsATeamWhoseCreatorIsItsAcceptedOwner() {
        TestUser owner = Api.newUser();
        String slug = slug();
        var created = owner.call().body(Map.of("name", "  Support  ", "slug", slug)).post("/v2/teams").then().statusCode(201)
                .body("data.name", equalTo("Support")).body("data.slug", equalTo(slug))
                .body("data.isPrivate", equalTo(false)).body("data.isOrganization", equalTo(false))
                .body("data.bio", nullValue()).body("data.parentId", nullValue())
                .body("data.createdAt", notNullValue()).body("data.updatedAt", notNullValue())
                .extract();
        long id = created.jsonPath().getLong("data.id");
        assertTrue(created.header("Location").endsWith("/v2/teams/" + id), created.header("Location"));

        owner.call().get(team(id)).then().statusCode(200).body("data.id", equalTo((int) id)).body("data.slug", equalTo(slug));
        owner.call().get(memberships(id)).then().statusCode(200).body("data", hasSize(1))
                .body("data[0].userId", equalTo((int) owner.id())).body("data[0].role", equalTo("OWNER"))
                .body("data[0].accepted", equalTo(true)).body("data[0].user.email", equalTo(owner.email()));
    }

    @Test
    void createsATeamWithItsOptionalFields() {
        TestUser owner = Api.newUser();
        owner.call().body(Map.of("name", "Design", "slug", slug(), "bio", "We draw", "logoUrl", "https://cdn.example.com/l.png",
                "bannerUrl", "https://cdn.example.com/b.png", "brandColor", "#3366ff", "isPrivate", true))
                .post("/v2/teams").then().statusCode(201)
                .body("data.bio", equalTo("We draw")).body("data.logoUrl", equalTo("https://cdn.example.com/l.png"))
                .body("data.bannerUrl", equalTo("https://cdn.example.com/b.png")).body("data.brandColor", equalTo("#3366ff"))
                .body("data.isPrivate", equalTo(true));
    }

    @Test
    void listsOnlyTheTeamsTheCallerIsAnAcceptedMemberOf() {
        TestUser user = Api.newUser();
        TestUser other = Api.newUser();
        long own = Teams.team(user);
        long joined = Teams.team(other);
        Teams.addMember(other, joined, user.id(), "MEMBER");
        long invited = Teams.team(other);
        other.call().body(Map.of("userId", user.id())).post(memberships(invited)).then().statusCode(201)
                .body("data.accepted", equalTo(false)).body("data.role", equalTo("MEMBER"));
        Teams.team(other);

        user.call().get("/v2/teams").then().statusCode(200)
                .body("data", hasSize(2)).body("data[0].id", equalTo((int) own)).body("data[1].id", equalTo((int) joined))
                .body("pagination.totalItems", equalTo(2)).body("pagination.hasMore", equalTo(false));
        // An invitation not yet accepted grants nothing.
        user.call().get(team(invited)).then().statusCode(404);
    }

    @Test
    void pagesTheList() {
        TestUser user = Api.newUser();
        long first = Teams.team(user);
        long second = Teams.team(user);
        long third = Teams.team(user);
        var page = user.call().queryParam("limit", 2).get("/v2/teams").then().statusCode(200)
                .body("data", hasSize(2)).body("data[0].id", equalTo((int) first)).body("data[1].id", equalTo((int) second))
                .body("pagination.limit", equalTo(2)).body("pagination.hasMore", equalTo(true))
                .body("pagination.totalItems", equalTo(3)).body("pagination.remainingItems", equalTo(1))
                .body("pagination.returnedItems", equalTo(2)).body("pagination.itemsPerPage", equalTo(2))
                .body("pagination.currentPage", equalTo(1)).body("pagination.totalPages", equalTo(2))
                .body("pagination.hasNextPage", equalTo(true)).body("pagination.hasPreviousPage", equalTo(false))
                .extract().jsonPath();
        user.call().queryParam("limit", 2).queryParam("cursor", page.getString("pagination.cursor")).get("/v2/teams").then()
                .statusCode(200).body("data", hasSize(1)).body("data[0].id", equalTo((int) third))
                .body("pagination.cursor", nullValue()).body("pagination.hasPreviousPage", equalTo(true));
        user.call().queryParam("take", 1).queryParam("skip", 2).get("/v2/teams").then().statusCode(200)
                .body("data[0].id", equalTo((int) third)).body("pagination.currentPage", equalTo(3));
        user.call().queryParam("limit", 0).get("/v2/teams").then().statusCode(400);
    }

    @Test
    void updatesOnlyTheFieldsSent() {
        TestUser owner = Api.newUser();
        long id = Teams.team(owner);
        String slug = slug();
        owner.call().body(Map.of("name", "Renamed", "slug", slug, "bio", "Hello", "brandColor", "#000000", "isPrivate", true))
                .patch(team(id)).then().statusCode(200)
                .body("data.name", equalTo("Renamed")).body("data.slug", equalTo(slug)).body("data.bio", equalTo("Hello"))
                .body("data.brandColor", equalTo("#000000")).body("data.isPrivate", equalTo(true));
        owner.call().body(Map.of("bio", "", "logoUrl", "https://cdn.example.com/x.png")).patch(team(id)).then().statusCode(200)
                .body("data.bio", nullValue()).body("data.logoUrl", equalTo("https://cdn.example.com/x.png"))
                .body("data.name", equalTo("Renamed")).body("data.brandColor", equalTo("#000000"))
                .body("data.isPrivate", equalTo(true));
        // Its own slug again, in the same case, is no conflict.
        owner.call().body(Map.of("slug", slug)).patch(team(id)).then().statusCode(200);
    }

    @Test
    void deletesTheTeamWithItsMemberships() {
        TestUser owner = Api.newUser();
        TestUser member = Api.newUser();
        long id = Teams.teamWithMembers(owner, member);
        String slug = Teams.slugOf(id, owner);
        owner.call().delete(team(id)).then().statusCode(200).body("data.id", equalTo((int) id)).body("data.slug", equalTo(slug));
        owner.call().get(team(id)).then().statusCode(404);
        member.call().get(memberships(id)).then().statusCode(404);
        member.call().get("/v2/teams").then().statusCode(200).body("data", hasSize(0));
        // The slug is free again.
        owner.call().body(Map.of("name", "Again", "slug", slug)).post("/v2/teams").then().statusCode(201);
    }

    @Test
    void refusesATakenSlugWhateverItsCase() {
        TestUser owner = Api.newUser();
        long id = Teams.team(owner);
        String slug = Teams.slugOf(id, owner);
        Api.newUser().call().body(Map.of("name", "Copy", "slug", slug)).post("/v2/teams").then().statusCode(409)
                .body("error.code", equalTo("CONFLICT")).body("error.message", containsString(slug));
        long other = Teams.team(owner);
        owner.call().body(Map.of("slug", slug)).patch(team(other)).then().statusCode(409).body("error.code", equalTo("CONFLICT"));
        // A slug differing only in case is the same slug; upper case is not a valid slug anyway.
        owner.call().body(Map.of("name", "Upper", "slug", slug.toUpperCase())).post("/v2/teams").then().statusCode(422);
    }

    @Test
    void refusesInvalidValues() {
        TestUser owner = Api.newUser();
        assertInvalid(owner, Map.of("slug", slug()), "name");
        assertInvalid(owner, Map.of("name", "   ", "slug", slug()), "name");
        assertInvalid(owner, Map.of("name", "x".repeat(101), "slug", slug()), "name");
        assertInvalid(owner, Map.of("name", "No slug"), "slug");
        assertInvalid(owner, Map.of("name", "Bad", "slug", "Has Spaces"), "slug");
        assertInvalid(owner, Map.of("name", "Bad", "slug", "under_score"), "slug");
        assertInvalid(owner, Map.of("name", "Bad", "slug", ""), "slug");
        assertInvalid(owner, Map.of("name", "Bad", "slug", "a".repeat(101)), "slug");
        assertInvalid(owner, with(Map.of("brandColor", "blue")), "brandColor");
        assertInvalid(owner, with(Map.of("logoUrl", "http://cdn.example.com/l.png")), "logoUrl");
        assertInvalid(owner, with(Map.of("bannerUrl", "not a url")), "bannerUrl");
        owner.call().body(Map.of("name", "Max", "slug", "a".repeat(92) + UUID.randomUUID().toString().substring(0, 8)))
                .post("/v2/teams").then().statusCode(201);
        owner.call().body("{\"name\": 5, \"slug\": [] }").post("/v2/teams").then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"));

        long id = Teams.team(owner);
        owner.call().body(Map.of("name", " ")).patch(team(id)).then().statusCode(422).body("error.details[0].field", equalTo("name"));
        owner.call().body(Map.of("slug", "BAD")).patch(team(id)).then().statusCode(422).body("error.details[0].field", equalTo("slug"));
        owner.call().body(Map.of("brandColor", "#12345")).patch(team(id)).then().statusCode(422)
                .body("error.details[0].field", equalTo("brandColor"));
    }

    private static Map<String, Object> with(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Team", "slug", slug()));
        body.putAll(extra);
        return body;
    }

    private static void assertInvalid(TestUser user, Map<String, Object> body, String field) {
        user.call().body(body).post("/v2/teams").then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR")).body("error.details[0].field", equalTo(field));
    }

    @Test
    void hidesTeamsFromNonMembersAndAnonymousCallers() {
        TestUser owner = Api.newUser();
        TestUser stranger = Api.newUser();
        long id = Teams.team(owner);
        stranger.call().get(team(id)).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        stranger.call().body(Map.of("name", "Mine")).patch(team(id)).then().statusCode(404);
        stranger.call().delete(team(id)).then().statusCode(404);
        stranger.call().get(team(Long.MAX_VALUE)).then().statusCode(404);
        owner.call().get(team(id)).then().statusCode(200).body("data.name", notNullValue());

        Api.anonymous().get("/v2/teams").then().statusCode(401);
        Api.anonymous().body(Map.of("name", "Anon", "slug", slug())).post("/v2/teams").then().statusCode(401);
        Api.anonymous().get(team(id)).then().statusCode(401);
        Api.anonymous().delete(team(id)).then().statusCode(401);
    }

    @Test
    void platformAdminsActAsOwnersButListOnlyTheirOwnTeams() {
        TestUser owner = Api.newUser();
        long id = Teams.team(owner);
        Api.admin().get(team(id)).then().statusCode(200);
        Api.admin().body(Map.of("bio", "Set by the administrator")).patch(team(id)).then().statusCode(200);
        long before = Api.admin().get("/v2/teams").then().statusCode(200).extract().jsonPath().getLong("pagination.totalItems");
        long adminsTeam = Api.admin().body(Map.of("name", "Admin's", "slug", slug())).post("/v2/teams").then().statusCode(201)
                .extract().jsonPath().getLong("data.id");
        // Only the team the administrator belongs to was added to their list, as the last one.
        Api.admin().queryParam("take", 1).queryParam("skip", before).get("/v2/teams").then().statusCode(200)
                .body("pagination.totalItems", equalTo((int) before + 1)).body("data[0].id", equalTo((int) adminsTeam));
        Api.admin().delete(team(id)).then().statusCode(200);
    }
}
