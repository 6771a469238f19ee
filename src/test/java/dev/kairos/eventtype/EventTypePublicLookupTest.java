package dev.kairos.eventtype;

import static dev.kairos.eventtype.EventTypeFixtures.create;
import static dev.kairos.eventtype.EventTypeFixtures.uniqueSlug;
import static dev.kairos.eventtype.EventTypeFixtures.usernameOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /v2/event-types?username=&eventSlug=}: public, and hidden event types stay unlisted. */
@QuarkusTest
class EventTypePublicLookupTest {

    @Test
    void anyoneListsAUsersListedEventTypes() {
        TestUser host = Api.newUser();
        String username = usernameOf(host);
        long listed = create(host, Map.of("title", "Listed"));
        create(host, Map.of("title", "Hidden", "hidden", true));
        long second = create(host, Map.of("title", "Also listed"));
        Api.anonymous().queryParam("username", username).get("/v2/event-types").then().statusCode(200)
                .body("data.id", contains((int) listed, (int) second))
                .body("data.hidden", contains(false, false))
                .body("data[0].users[0].username", equalTo(username))
                .body("data[0].users[0]", not(hasKey("email")))
                .body("pagination.totalItems", equalTo(2));
    }

    @Test
    void eventSlugPicksOneEventTypeButNeverAHiddenOne() {
        TestUser host = Api.newUser();
        String username = usernameOf(host);
        String slug = uniqueSlug("public");
        String hiddenSlug = uniqueSlug("secret");
        long id = create(host, Map.of("slug", slug));
        long hidden = create(host, Map.of("slug", hiddenSlug, "hidden", true));
        Api.anonymous().queryParam("username", username.toUpperCase()).queryParam("eventSlug", slug).get("/v2/event-types").then()
                .statusCode(200)
                .body("data.id", contains((int) id))
                .body("data[0].slug", equalTo(slug));
        Api.anonymous().queryParam("username", username).queryParam("eventSlug", hiddenSlug).get("/v2/event-types").then()
                .statusCode(200)
                .body("data.size()", equalTo(0))
                .body("pagination.totalItems", equalTo(0));
        // Unlisted, not private: the owner still reads it by id, and bookers use it by id.
        host.call().get("/v2/event-types/" + hidden).then().statusCode(200).body("data.hidden", equalTo(true));
    }

    @Test
    void anotherUserWithAKeySeesOnlyTheListedOnes() {
        TestUser host = Api.newUser();
        create(host, Map.of("hidden", true));
        long listed = create(host, Map.of());
        Api.newUser().call().queryParam("username", usernameOf(host)).get("/v2/event-types").then().statusCode(200)
                .body("data.id", contains((int) listed));
    }

    @Test
    void withoutAKeyAUsernameIsNeeded() {
        Api.anonymous().get("/v2/event-types").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
        Api.anonymous().queryParam("eventSlug", "intro").get("/v2/event-types").then().statusCode(400);
        Api.newUser().call().queryParam("eventSlug", "intro").get("/v2/event-types").then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"));
    }

    @Test
    void anUnknownUsernameIsNotFound() {
        Api.anonymous().queryParam("username", "nobody-" + uniqueSlug("x")).get("/v2/event-types").then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
    }
}
