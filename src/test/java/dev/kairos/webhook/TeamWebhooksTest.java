package dev.kairos.webhook;

import static dev.kairos.testing.Api.anonymous;
import static dev.kairos.testing.Scheduling.hosts;
import static dev.kairos.testing.Scheduling.teamEventType;
import static dev.kairos.webhook.WebhookFixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks of team event types: the team's admins and owners manage them (members and strangers
 * see no such event type), and a round-robin booking reaches them with the assigned host as organiser.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class TeamWebhooksTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @BeforeEach
    void monday() {
        Scheduling.setClock("2030-01-07T06:00:00Z");
    }

    @Test
    void teamAdminsSubscribeToATeamEventTypeAndHearItsBookings() throws Exception {
        TestUser owner = Scheduling.host("UTC");
        TestUser member = Scheduling.host("UTC");
        long team = Teams.teamWithMembers(owner, member);
        long rr = teamEventType(owner, team, "roundRobin", hosts(member), Map.of());
        String path = "/v2/event-types/" + rr + "/webhooks";

        try (Receiver receiver = new Receiver()) {
            member.call().body(body(receiver.url("/team"), Map.of())).post(path).then().statusCode(404);
            TestUser stranger = Scheduling.host("UTC");
            stranger.call().body(body(receiver.url("/team"), Map.of())).post(path).then().statusCode(404);
            long webhookId = owner.call().body(body(receiver.url("/team"), Map.of("triggers", List.of("BOOKING_CREATED"))))
                    .post(path).then().statusCode(201).extract().jsonPath().getLong("data.id");

            String uid = anonymous().body(Map.of("eventTypeId", rr, "start", "2030-01-08T09:00:00Z",
                            "attendee", Map.of("name", "Jane Doe", "email", "jane@example.com", "timeZone", "UTC")))
                    .post("/v2/bookings").then().statusCode(201).extract().jsonPath().getString("data.uid");

            JsonPath created = JsonPath.from(receiver.next(WAIT).body());
            assertEquals("BOOKING_CREATED", created.getString("triggerEvent"));
            assertEquals(uid, created.getString("payload.uid"));
            assertEquals(member.email(), created.getString("payload.organizer.email"));
            owner.call().get("/v2/webhooks/" + webhookId + "/deliveries").then().statusCode(200);
            member.call().get("/v2/webhooks/" + webhookId + "/deliveries").then().statusCode(404);
        }
    }
}
