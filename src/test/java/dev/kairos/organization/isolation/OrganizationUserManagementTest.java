package dev.kairos.organization.isolation;

import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, organisation users: {@code PATCH} and {@code DELETE /v2/organizations/{orgId}/users/{userId}}
 * with the role rules of team memberships (admins manage members, owners manage admins and owners,
 * the last owner stays), and what removal does to the user's keys and data.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class OrganizationUserManagementTest {

    private long org;
    private TestUser owner;
    private TestUser admin;
    private TestUser member;

    @BeforeEach
    void anOrganization() {
        Scheduling.setClock("2030-01-07T06:00:00Z");
        org = Organisations.organisation();
        owner = Organisations.user(org, "OWNER");
        admin = Organisations.user(org, "ADMIN");
        member = Organisations.user(org, "MEMBER");
    }

    private String user(TestUser user) {
        return "/v2/organizations/" + org + "/users/" + user.id();
    }

    @Test
    void adminsManageMembersAndOnlyOwnersManageAdminsAndOwners() {
        admin.call().body(Map.of("role", "ADMIN")).patch(user(member)).then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        admin.call().body(Map.of("role", "MEMBER")).patch(user(member)).then().statusCode(200).body("data.role", equalTo("MEMBER"));
        member.call().body(Map.of("role", "MEMBER")).patch(user(member)).then().statusCode(403);
        admin.call().body(Map.of("role", "MEMBER")).patch(user(owner)).then().statusCode(403);
        admin.call().delete(user(owner)).then().statusCode(403);

        owner.call().body(Map.of("role", "ADMIN")).patch(user(member)).then().statusCode(200)
                .body("data.id", equalTo((int) member.id())).body("data.role", equalTo("ADMIN"))
                .body("data.organizationId", equalTo((int) org));
        // Now an admin, they may no longer be managed by another admin.
        admin.call().body(Map.of("role", "MEMBER")).patch(user(member)).then().statusCode(403);
        owner.call().body(Map.of("role", "OWNER")).patch(user(admin)).then().statusCode(200).body("data.role", equalTo("OWNER"));
        owner.call().get("/v2/organizations/" + org + "/users").then().statusCode(200)
                .body("data.find { it.id == " + admin.id() + " }.role", equalTo("OWNER"));
    }

    @Test
    void theLastOwnerIsNeitherDemotedNorRemoved() {
        owner.call().body(Map.of("role", "ADMIN")).patch(user(owner)).then().statusCode(409).body("error.code", equalTo("CONFLICT"));
        owner.call().delete(user(owner)).then().statusCode(409);
        Api.admin().delete(user(owner)).then().statusCode(409);

        owner.call().body(Map.of("role", "OWNER")).patch(user(admin)).then().statusCode(200);
        owner.call().body(Map.of("role", "MEMBER")).patch(user(owner)).then().statusCode(200).body("data.role", equalTo("MEMBER"));
        admin.call().delete(user(admin)).then().statusCode(409);
    }

    @Test
    void aBadRoleIsAValidationError() {
        owner.call().body(Map.of("role", "KING")).patch(user(member)).then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR")).body("error.details[0].field", equalTo("role"));
        owner.call().body(Map.of()).patch(user(member)).then().statusCode(422).body("error.details[0].field", equalTo("role"));
    }

    @Test
    void outsidersAndOtherOrganizationsUsersAre404() {
        long other = Organisations.organisation();
        TestUser otherOwner = Organisations.user(other, "OWNER");
        otherOwner.call().body(Map.of("role", "ADMIN")).patch(user(member)).then().statusCode(404);
        otherOwner.call().delete(user(member)).then().statusCode(404);
        TestUser loner = Api.newUser();
        loner.call().delete(user(member)).then().statusCode(404);
        String otherUser = "/v2/organizations/" + org + "/users/" + otherOwner.id();
        owner.call().body(Map.of("role", "MEMBER")).patch(otherUser).then().statusCode(404);
        owner.call().delete(otherUser).then().statusCode(404);
        owner.call().delete("/v2/organizations/" + org + "/users/" + loner.id()).then().statusCode(404);
        owner.call().delete("/v2/organizations/" + org + "/users/999999999").then().statusCode(404);
        otherOwner.call().get("/v2/me").then().statusCode(200);
        member.call().get("/v2/me").then().statusCode(200);
    }

    @Test
    void removalRevokesTheKeysAndDeletesWhatTheUserOwnedButKeepsBookings() {
        member.call().body(Map.of("name", "Hours", "timeZone", "UTC", "isDefault", true)).post("/v2/schedules").then().statusCode(201);
        TestUser secondKey = member.withNewKey();
        long eventType = Scheduling.eventType(member, Map.of());
        long webhook = member.call().body(Map.of("subscriberUrl", "http://127.0.0.1:9/m", "active", true,
                "triggers", List.of("BOOKING_CREATED"))).post("/v2/webhooks").then().statusCode(201).extract().jsonPath().getLong("data.id");
        long team = Organisations.team(org, owner);
        owner.call().body(Map.of("userId", member.id(), "accepted", true)).post("/v2/teams/" + team + "/memberships").then().statusCode(201);
        String booking = anonymous().body(Map.of("eventTypeId", eventType, "start", "2030-01-08T09:00:00Z",
                "attendee", Map.of("name", "Ada", "email", "ada@example.com", "timeZone", "UTC")))
                .post("/v2/bookings").then().statusCode(201).extract().jsonPath().getString("data.uid");

        admin.call().delete(user(member)).then().statusCode(200).body("data.id", equalTo((int) member.id()))
                .body("data.role", equalTo("MEMBER"));

        member.call().get("/v2/me").then().statusCode(401);
        secondKey.call().get("/v2/me").then().statusCode(401);
        owner.call().get("/v2/organizations/" + org + "/users").then().statusCode(200).body("data.id", not(hasItem((int) member.id())));
        owner.call().get("/v2/teams/" + team + "/memberships").then().statusCode(200).body("data.userId", not(hasItem((int) member.id())));
        Api.admin().get("/v2/event-types/" + eventType).then().statusCode(404);
        Api.admin().get("/v2/webhooks/" + webhook).then().statusCode(404);
        Api.admin().get("/v2/users/" + member.id()).then().statusCode(200).body("data.email", equalTo(member.email()));
        // The attendee's booking stays, with its host; the event type it came from is gone.
        anonymous().get("/v2/bookings/" + booking).then().statusCode(200).body("data.status", equalTo("accepted"))
                .body("data.hosts[0].id", equalTo((int) member.id())).body("data.eventTypeId", nullValue());
        admin.call().delete(user(member)).then().statusCode(404);
        // Their email stays taken: the account exists, outside any organisation.
        owner.call().body(Map.of("email", member.email(), "name", "Back")).post("/v2/organizations/" + org + "/users").then().statusCode(409);
    }
}
