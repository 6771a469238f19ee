package dev.kairos.organization;

import static dev.kairos.testing.Scheduling.hosts;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Scheduling.teamEventType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Organisation teams are found by slug as Cal.com finds them: {@code teamSlug} with
 * {@code organizationSlug}, for slots and bookings alike; two organisations may use one team slug.
 * {@code organizationSlug} with a username finds only a user of that organisation.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class OrganizationSlugTest {

    private static final String TUESDAY_9 = "2030-01-08T09:00:00Z";

    @BeforeEach
    void monday() {
        setClock("2030-01-07T06:00:00Z");
    }

    private record Org(long id, String slug, TestUser owner) {
    }

    /** An organisation whose owner works Mon-Fri 09:00-17:00 UTC. */
    private static Org org() {
        long id = Organisations.organisation();
        String slug = Api.admin().get("/v2/organizations/" + id).then().statusCode(200).extract().jsonPath().getString("data.slug");
        TestUser owner = Organisations.user(id, "OWNER");
        owner.call().body(Map.of("name", "Work", "timeZone", "UTC", "isDefault", true, "availability",
                List.of(Map.of("days", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"), "startTime", "09:00",
                        "endTime", "17:00")))).post("/v2/schedules").then().statusCode(201);
        return new Org(id, slug, owner);
    }

    private static long team(Org org, String slug) {
        return org.owner().call().body(Map.of("name", "Support", "slug", slug)).post("/v2/organizations/" + org.id() + "/teams")
                .then().statusCode(201).extract().jsonPath().getLong("data.id");
    }

    private static ValidatableResponse slots(Map<String, Object> query) {
        return Api.anonymous().queryParams(query).queryParam("start", "2030-01-08").queryParam("end", "2030-01-08").get("/v2/slots").then();
    }

    private static ValidatableResponse book(Map<String, Object> naming) {
        Map<String, Object> body = new java.util.HashMap<>(naming);
        body.put("start", TUESDAY_9);
        body.put("attendee", Map.of("name", "Student", "email", "student-" + UUID.randomUUID() + "@example.com", "timeZone", "UTC"));
        return Api.anonymous().body(body).post("/v2/bookings").then();
    }

    @Test
    void organizationTeamsAreFoundWithTheirOrganizationsSlug() {
        Org a = org();
        Org b = org();
        String teamSlug = "support-" + UUID.randomUUID().toString().substring(0, 8);
        long teamA = team(a, teamSlug);
        long teamB = team(b, teamSlug);
        long callA = teamEventType(a.owner(), teamA, "collective", hosts(a.owner()), Map.of("slug", "intro"));
        teamEventType(b.owner(), teamB, "collective", hosts(b.owner()), Map.of("slug", "intro", "lengthInMinutes", 30));

        slots(Map.of("teamSlug", teamSlug, "eventTypeSlug", "intro")).statusCode(404);
        slots(Map.of("organizationSlug", a.slug(), "teamSlug", teamSlug, "eventTypeSlug", "intro")).statusCode(200)
                .body("data.2030-01-08", hasSize(8));
        slots(Map.of("organizationSlug", b.slug(), "teamSlug", teamSlug, "eventTypeSlug", "intro")).statusCode(200)
                .body("data.2030-01-08", hasSize(16));
        slots(Map.of("organizationSlug", "no-such-org-" + UUID.randomUUID(), "teamSlug", teamSlug, "eventTypeSlug", "intro"))
                .statusCode(404);

        book(Map.of("teamSlug", teamSlug, "eventTypeSlug", "intro")).statusCode(404);
        book(Map.of("organizationSlug", a.slug(), "teamSlug", teamSlug, "eventTypeSlug", "intro")).statusCode(201)
                .body("data.eventTypeId", equalTo((int) callA));
    }

    @Test
    void aRoutingFormNamesTheOrganizationOfTheTeamItRoutesTo() {
        Org a = org();
        String teamSlug = "support-" + UUID.randomUUID().toString().substring(0, 8);
        long team = team(a, teamSlug);
        long call = teamEventType(a.owner(), team, "collective", hosts(a.owner()), Map.of("slug", "intro"));
        Map<String, Object> route = Map.of("id", "to-intro", "conditions", Map.of("combinator", "and", "rules",
                List.of(Map.of("fieldId", "topic", "operator", "equals", "value", "help"))),
                "action", Map.of("type", "eventType", "eventTypeId", call));
        long form = a.owner().call().body(Map.of("name", "Intake", "teamId", team, "fields", List.of(Map.of("id", "topic", "label", "Topic",
                "type", "text", "required", true)), "routes", List.of(route), "fallbackAction", Map.of("type", "message",
                "message", "Thanks"))).post("/v2/routing-forms").then().statusCode(201).extract().jsonPath().getLong("data.id");

        var routed = Api.anonymous().body(Map.of("responses", Map.of("topic", "help"))).post("/v2/routing-forms/" + form + "/responses")
                .then().statusCode(201)
                .body("data.routedTo.bookingPath", equalTo("/team/" + teamSlug + "/intro"))
                .body("data.routedTo.organizationSlug", equalTo(a.slug()))
                .extract().jsonPath();

        book(Map.of("organizationSlug", routed.getString("data.routedTo.organizationSlug"), "teamSlug", teamSlug,
                "eventTypeSlug", routed.getString("data.routedTo.eventTypeSlug"))).statusCode(201)
                .body("data.eventTypeId", equalTo((int) call));
    }

    @Test
    void aUsernameWithAnOrganizationSlugFindsOnlyThatOrganizationsUser() {
        Org a = org();
        Org b = org();
        String username = a.owner().call().get("/v2/me").then().statusCode(200).extract().jsonPath().getString("data.username");
        long call = Scheduling.eventType(a.owner(), Map.of("slug", "mentoring"));

        slots(Map.of("organizationSlug", a.slug(), "username", username, "eventTypeSlug", "mentoring")).statusCode(200)
                .body("data.2030-01-08", hasSize(8));
        slots(Map.of("organizationSlug", b.slug(), "username", username, "eventTypeSlug", "mentoring")).statusCode(404);
        book(Map.of("organizationSlug", b.slug(), "username", username, "eventTypeSlug", "mentoring")).statusCode(404);
        book(Map.of("organizationSlug", a.slug(), "username", username, "eventTypeSlug", "mentoring")).statusCode(201)
                .body("data.eventTypeId", equalTo((int) call));
    }
}
