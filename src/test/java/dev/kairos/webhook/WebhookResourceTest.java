package dev.kairos.webhook;

import static dev.kairos.webhook.WebhookFixtures.body;
import static dev.kairos.webhook.WebhookFixtures.create;
import static dev.kairos.webhook.WebhookFixtures.uniqueUrl;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookResourceTest {

    @Test
    void createsAndShowsTheSecretOnlyOnce() {
        TestUser user = Api.newUser();
        String url = uniqueUrl();
        var created = create(user, body(url, Map.of("secret", "whsec_my_secret_1234", "triggers",
                List.of("BOOKING_CREATED", "BOOKING_CANCELLED", "BOOKING_PAID"))));
        assertEquals("whsec_my_secret_1234", created.getString("secret"));
        assertEquals(user.id(), created.getLong("userId"));
        long id = created.getLong("id");

        user.call().get("/v2/webhooks/" + id).then().statusCode(200)
                .body("data.subscriberUrl", equalTo(url))
                .body("data.active", equalTo(true))
                .body("data.triggers", contains("BOOKING_CREATED", "BOOKING_CANCELLED", "BOOKING_PAID"))
                .body("data.payloadTemplate", nullValue())
                .body("data.secret", equalTo("********1234"));
        user.call().get("/v2/webhooks").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].secret", equalTo("********1234"))
                .body("pagination.totalItems", equalTo(1));
    }

    @Test
    void generatesASecretWhenNoneIsGiven() {
        TestUser user = Api.newUser();
        var created = create(user, body(uniqueUrl(), Map.of()));
        assertTrue(created.getString("secret").matches("whsec_[0-9a-f]{48}"), created.getString("secret"));
        user.call().get("/v2/webhooks/" + created.getLong("id")).then().body("data.secret", startsWith("********"));
    }

    @Test
    void acceptsThePrdsEventTriggers() {
        TestUser user = Api.newUser();
        var created = create(user, Map.of("subscriberUrl", uniqueUrl(), "active", true, "eventTriggers",
                List.of("BOOKING_RESCHEDULED", "BOOKING_NO_SHOW")));
        assertEquals(List.of("BOOKING_RESCHEDULED", "BOOKING_NO_SHOW_UPDATED"), created.getList("triggers"));
    }

    @Test
    void updatesOnlyTheFieldsSent() {
        TestUser user = Api.newUser();
        long id = create(user, body(uniqueUrl(), Map.of("secret", "first-secret-0000"))).getLong("id");
        String url = uniqueUrl();
        user.call().body(Map.of("subscriberUrl", url, "active", false, "payloadTemplate", "{\"uid\":\"{{payload.uid}}\"}",
                "secret", "second-secret-9999")).patch("/v2/webhooks/" + id).then().statusCode(200)
                .body("data.subscriberUrl", equalTo(url)).body("data.active", equalTo(false))
                .body("data.triggers", contains("BOOKING_CREATED"))
                .body("data.payloadTemplate", equalTo("{\"uid\":\"{{payload.uid}}\"}"))
                .body("data.secret", equalTo("********9999"));
        user.call().body(Map.of("payloadTemplate", "")).patch("/v2/webhooks/" + id).then().statusCode(200)
                .body("data.payloadTemplate", nullValue()).body("data.active", equalTo(false));
    }

    @Test
    void refusesTheSameUrlTwiceForOneOwner() {
        TestUser user = Api.newUser();
        String url = uniqueUrl();
        create(user, body(url, Map.of()));
        user.call().body(body(url, Map.of())).post("/v2/webhooks").then().statusCode(409)
                .body("error.code", equalTo("CONFLICT")).body("error.message", containsString(url));
        long other = create(user, body(uniqueUrl(), Map.of())).getLong("id");
        user.call().body(Map.of("subscriberUrl", url)).patch("/v2/webhooks/" + other).then().statusCode(409);
        // Another user may subscribe the same URL.
        create(Api.newUser(), body(url, Map.of()));
    }

    @Test
    void hidesAnotherOwnersWebhooks() {
        TestUser owner = Api.newUser();
        TestUser stranger = Api.newUser();
        long id = create(owner, body(uniqueUrl(), Map.of())).getLong("id");
        stranger.call().get("/v2/webhooks/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        stranger.call().body(Map.of("active", false)).patch("/v2/webhooks/" + id).then().statusCode(404);
        stranger.call().delete("/v2/webhooks/" + id).then().statusCode(404);
        stranger.call().get("/v2/webhooks/" + id + "/deliveries").then().statusCode(404);
        stranger.call().post("/v2/webhooks/" + id + "/ping").then().statusCode(404);
        stranger.call().get("/v2/webhooks").then().statusCode(200).body("data", hasSize(0));
        Api.anonymous().get("/v2/webhooks").then().statusCode(401);
    }

    @Test
    void deletesAndReturnsTheWebhook() {
        TestUser user = Api.newUser();
        String url = uniqueUrl();
        long id = create(user, body(url, Map.of())).getLong("id");
        user.call().delete("/v2/webhooks/" + id).then().statusCode(200).body("data.id", equalTo((int) id))
                .body("data.subscriberUrl", equalTo(url));
        user.call().get("/v2/webhooks/" + id).then().statusCode(404);
        create(user, body(url, Map.of()));
    }

    @Test
    void refusesInvalidValues() {
        TestUser user = Api.newUser();
        user.call().body(body(uniqueUrl(), Map.of("triggers", List.of("BOOKING_EXPLODED")))).post("/v2/webhooks").then()
                .statusCode(422).body("error.details[0].field", equalTo("triggers"))
                .body("error.message", containsString("BOOKING_CREATED"));
        user.call().body(body(uniqueUrl(), Map.of("payloadTemplate", "{\"a\":\"{{#payload}}\"}"))).post("/v2/webhooks").then()
                .statusCode(422).body("error.details[0].field", equalTo("payloadTemplate"));
        user.call().body(body("http://169.254.169.254/latest/meta-data", Map.of())).post("/v2/webhooks").then()
                .statusCode(422).body("error.details[0].field", equalTo("subscriberUrl"))
                .body("error.message", containsString("metadata"));
        user.call().body(body("http://2130706433/hook", Map.of())).post("/v2/webhooks").then().statusCode(422);
        user.call().body(body("ftp://127.0.0.1/hook", Map.of())).post("/v2/webhooks").then().statusCode(422);
        user.call().body(Map.of("subscriberUrl", uniqueUrl(), "active", true)).post("/v2/webhooks").then().statusCode(422);
        long id = create(user, body(uniqueUrl(), Map.of())).getLong("id");
        user.call().body(Map.of("subscriberUrl", "http://[fd00:ec2::254]/")).patch("/v2/webhooks/" + id).then().statusCode(422);
        user.call().body(Map.of("payloadTemplate", "{{/x}}")).patch("/v2/webhooks/" + id).then().statusCode(422);
    }

    @Test
    void managesAnEventTypesWebhooks() {
        TestUser owner = Api.newUser();
        TestUser stranger = Api.newUser();
        long eventTypeId = WebhookFixtures.eventType(owner);
        String base = "/v2/event-types/" + eventTypeId + "/webhooks";
        String url = uniqueUrl();
        var created = owner.call().body(body(url, Map.of("triggers", List.of("BOOKING_CREATED", "MEETING_ENDED")))).post(base)
                .then().statusCode(201).body("data.eventTypeId", equalTo((int) eventTypeId))
                .body("data.userId", nullValue()).extract().jsonPath();
        long id = created.getLong("data.id");
        owner.call().body(body(url, Map.of())).post(base).then().statusCode(409);
        // The same URL as a user webhook is another owner's subscription.
        create(owner, body(url, Map.of()));

        owner.call().get(base).then().statusCode(200).body("data", hasSize(1)).body("data[0].id", equalTo((int) id));
        owner.call().get(base + "/" + id).then().statusCode(200).body("data.secret", startsWith("********"));
        owner.call().body(Map.of("active", false)).patch(base + "/" + id).then().statusCode(200).body("data.active", equalTo(false));
        // Not reachable as a user webhook, nor under another event type, nor by another user.
        owner.call().get("/v2/webhooks/" + id).then().statusCode(404);
        long otherEventType = WebhookFixtures.eventType(owner);
        owner.call().get("/v2/event-types/" + otherEventType + "/webhooks/" + id).then().statusCode(404);
        stranger.call().get(base).then().statusCode(404);
        stranger.call().get(base + "/" + id).then().statusCode(404);
        stranger.call().body(body(uniqueUrl(), Map.of())).post(base).then().statusCode(404);
        owner.call().get("/v2/event-types/999999999/webhooks").then().statusCode(404);
        // Its delivery log and ping live under /v2/webhooks/{id}.
        owner.call().get("/v2/webhooks/" + id + "/deliveries").then().statusCode(200);

        owner.call().delete(base + "/" + id).then().statusCode(200);
        owner.call().get(base).then().statusCode(200).body("data", hasSize(0));

        owner.call().body(body(uniqueUrl(), Map.of())).post(base).then().statusCode(201);
        owner.call().body(body(uniqueUrl(), Map.of())).post(base).then().statusCode(201);
        stranger.call().delete(base).then().statusCode(404);
        owner.call().delete(base).then().statusCode(200).body("data", equalTo("2 webhooks deleted"));
        owner.call().get(base).then().statusCode(200).body("data", hasSize(0));
        owner.call().get("/v2/webhooks").then().statusCode(200).body("data", hasSize(1));
    }

    @Test
    void paginates() {
        TestUser user = Api.newUser();
        for (int i = 0; i < 3; i++) {
            create(user, body(uniqueUrl(), Map.of()));
        }
        var first = user.call().queryParam("limit", 2).get("/v2/webhooks").then().statusCode(200)
                .body("data", hasSize(2)).body("pagination.hasMore", equalTo(true)).extract().jsonPath();
        user.call().queryParam("limit", 2).queryParam("cursor", first.getString("pagination.cursor")).get("/v2/webhooks").then()
                .statusCode(200).body("data", hasSize(1)).body("pagination.hasMore", equalTo(false));
    }
}
