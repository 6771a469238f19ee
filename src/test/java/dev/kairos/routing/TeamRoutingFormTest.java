package dev.kairos.routing;

import static dev.kairos.routing.RoutingForms.create;
import static dev.kairos.routing.RoutingForms.field;
import static dev.kairos.routing.RoutingForms.form;
import static dev.kairos.routing.RoutingForms.route;
import static dev.kairos.routing.RoutingForms.rule;
import static dev.kairos.routing.RoutingForms.toEventType;
import static dev.kairos.routing.RoutingForms.toMembers;
import static dev.kairos.routing.RoutingForms.usernameOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Team forms: admins and owners change them, members read them, others do not see them; routes to team event types. */
@QuarkusTest
class TeamRoutingFormTest {

    private TestUser owner;
    private TestUser admin;
    private TestUser member;
    private TestUser stranger;
    private long team;

    @BeforeEach
    void team() {
        owner = Api.newUser();
        admin = Api.newUser();
        member = Api.newUser();
        stranger = Api.newUser();
        team = Teams.team(owner);
        Teams.addMember(owner, team, admin.id(), "ADMIN");
        Teams.addMember(owner, team, member.id(), "MEMBER");
    }

    private Map<String, Object> teamForm(Map<String, Object> fallback) {
        return form(List.of(), List.of(), Map.of("teamId", team, "fallbackAction", fallback));
    }

    @Test
    void adminsAndOwnersChangeTeamFormsMembersReadThemOthersDoNotSeeThem() {
        Map<String, Object> body = teamForm(RoutingForms.message("Thanks"));
        member.call().body(body).post("/v2/routing-forms").then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        stranger.call().body(body).post("/v2/routing-forms").then().statusCode(404);
        long id = create(admin, body).getLong("id");

        member.call().get("/v2/routing-forms/" + id).then().statusCode(200).body("data.teamId", equalTo((int) team))
                .body("data.userId", equalTo((int) admin.id()));
        member.call().get("/v2/routing-forms").then().statusCode(200).body("data.id", hasItem((int) id));
        member.call().queryParam("teamId", team).get("/v2/routing-forms").then().statusCode(200).body("data.id", contains((int) id));
        member.call().get("/v2/routing-forms/" + id + "/responses").then().statusCode(200);
        member.call().body(Map.of("name", "Mine")).patch("/v2/routing-forms/" + id).then().statusCode(403);
        member.call().delete("/v2/routing-forms/" + id).then().statusCode(403);

        stranger.call().get("/v2/routing-forms/" + id).then().statusCode(404)
                .body("error.message", containsString("No routing form " + id));
        stranger.call().body(Map.of("name", "Mine")).patch("/v2/routing-forms/" + id).then().statusCode(404);
        stranger.call().get("/v2/routing-forms/" + id + "/responses").then().statusCode(404);
        stranger.call().get("/v2/routing-forms").then().statusCode(200).body("data.id", not(hasItem((int) id)));
        stranger.call().queryParam("teamId", team).get("/v2/routing-forms").then().statusCode(404);

        owner.call().body(Map.of("name", "Support")).patch("/v2/routing-forms/" + id).then().statusCode(200)
                .body("data.name", equalTo("Support"));
        admin.call().delete("/v2/routing-forms/" + id).then().statusCode(200);
        member.call().get("/v2/routing-forms/" + id).then().statusCode(404);
    }

    @Test
    void aTeamRouteSendsBookersToTheTeamBookingPageWithTheNamedMembers() {
        long support = Scheduling.teamEventType(admin, team, "roundRobin", Scheduling.hosts(admin, member), Map.of());
        String slug = admin.call().get("/v2/teams/" + team + "/event-types/" + support).then().statusCode(200)
                .extract().jsonPath().getString("data.slug");
        long adminsOwn = Scheduling.eventType(admin, Map.of());
        Map<String, Object> body = form(List.of(field("need", "What do you need?", "radio", true,
                        Map.of("support", "Technical Support", "chat", "A chat"))),
                List.of(route("support", toMembers(support, member.id()), rule("need", "equals", "support")),
                        route("chat", toEventType(adminsOwn), rule("need", "equals", "chat"))),
                Map.of("teamId", team));
        long id = create(admin, body).getLong("id");

        Api.anonymous().body(Map.of("responses", Map.of("need", "support"))).post("/v2/routing-forms/" + id + "/responses").then()
                .statusCode(201)
                .body("data.routedTo.eventTypeId", equalTo((int) support))
                .body("data.routedTo.eventTypeSlug", equalTo(slug))
                .body("data.routedTo.bookingPath", equalTo("/team/" + Teams.slugOf(team, member) + "/" + slug))
                .body("data.routedTo.teamMemberIds", contains((int) member.id()));
        Api.anonymous().body(Map.of("responses", Map.of("need", "chat"))).post("/v2/routing-forms/" + id + "/responses").then()
                .statusCode(201)
                .body("data.routedTo.bookingPath", equalTo("/" + usernameOf(admin) + "/" + admin.call().get("/v2/event-types/" + adminsOwn)
                        .then().extract().jsonPath().getString("data.slug")));
    }

    @Test
    void aTeamFormRoutesOnlyToItsTeamsEventTypesItsCreatorsOwnAndTheirHosts() {
        long support = Scheduling.teamEventType(admin, team, "collective", Scheduling.hosts(admin, member), Map.of());
        long membersOwn = Scheduling.eventType(member, Map.of());
        long otherTeam = Teams.team(admin);
        long elsewhere = Scheduling.teamEventType(admin, otherTeam, "collective", Scheduling.hosts(admin), Map.of());
        Map<String, Object> body = form(List.of(), List.of(
                route("not-a-host", toMembers(support, owner.id())),
                route("members-own", toEventType(membersOwn)),
                route("other-team", toEventType(elsewhere))), Map.of("teamId", team));
        admin.call().body(body).post("/v2/routing-forms").then().statusCode(422)
                .body("error.details.field", contains("routes[0].action.teamMemberIds[0]", "routes[1].action.eventTypeId",
                        "routes[2].action.eventTypeId"))
                .body("error.details[0].message", containsString("is not a host of event type " + support))
                .body("error.details[1].message", containsString("a team form routes to the team's event types and to its creator's own"));
        long personal = Scheduling.eventType(admin, Map.of());
        admin.call().body(form(List.of(), List.of(route("r", toMembers(personal, admin.id()))), Map.of())).post("/v2/routing-forms")
                .then().statusCode(422).body("error.details.field", contains("routes[0].action.teamMemberIds"));
    }

    @Test
    void theHostsAreThoseOfNowAssignAllTeamMembersIncluded() {
        TestUser leaver = Api.newUser();
        long leaversMembership = Teams.addMember(owner, team, leaver.id(), "MEMBER");
        long everyone = Scheduling.teamEventType(admin, team, "roundRobin", List.of(), Map.of("assignAllTeamMembers", true));
        List<Map<String, Object>> routes = List.of(route("r", toMembers(everyone, member.id(), leaver.id())));
        long id = create(admin, form(List.of(), routes, Map.of("teamId", team))).getLong("id");

        owner.call().delete("/v2/teams/" + team + "/memberships/" + leaversMembership).then().statusCode(200);
        Api.anonymous().body(Map.of("responses", Map.of())).post("/v2/routing-forms/" + id + "/responses").then().statusCode(201)
                .body("data.routedTo.teamMemberIds", contains((int) member.id()));
        admin.call().body(Map.of("routes", routes)).patch("/v2/routing-forms/" + id).then().statusCode(422)
                .body("error.details.field", contains("routes[0].action.teamMemberIds[1]"));
    }
}
