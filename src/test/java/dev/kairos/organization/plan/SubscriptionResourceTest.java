package dev.kairos.organization.plan;

import static dev.kairos.organization.plan.Plans.plan;
import static dev.kairos.organization.plan.Plans.subscription;
import static dev.kairos.organization.plan.Plans.usage;
import static dev.kairos.testing.Scheduling.setClock;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, plans: the platform administrator sets an organisation's plan, its admins and owners
 * read it and its usage, its members may not, and nobody outside it sees either (404).
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class SubscriptionResourceTest {

    private long orgId;
    private TestUser owner;
    private TestUser admin;
    private TestUser member;

    @BeforeEach
    void organisation() {
        setClock("2030-01-15T12:00:00Z");
        orgId = Organisations.organisation();
        owner = Organisations.user(orgId, "OWNER");
        admin = Organisations.user(orgId, "ADMIN");
        member = Organisations.user(orgId, "MEMBER");
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    @Test
    void thePlatformAdministratorSetsThePlanAndTheOrganizationsAdminsReadIt() {
        Api.admin().body(body("planType", "lite", "status", "trialing", "currentPeriodStart", "2030-01-01T00:00:00+01:00",
                "currentPeriodEnd", "2030-02-01T00:00:00Z")).put(subscription(orgId)).then().statusCode(200)
                .body("status", equalTo("success"))
                .body("data.organizationId", equalTo((int) orgId))
                .body("data.planType", equalTo("lite"))
                .body("data.status", equalTo("trialing"))
                .body("data.currentPeriodStart", equalTo("2029-12-31T23:00:00.000Z"))
                .body("data.currentPeriodEnd", equalTo("2030-02-01T00:00:00.000Z"))
                .body("data.limits.members", equalTo(1))
                .body("data.limits.bookingsPerMonth", equalTo(50))
                .body("data.limits.eventTypes", equalTo(3))
                .body("data.createdAt", equalTo("2030-01-15T12:00:00.000Z"));

        for (TestUser reader : new TestUser[] { owner, admin }) {
            reader.call().get(subscription(orgId)).then().statusCode(200).body("data.planType", equalTo("lite"));
        }
        member.call().get(subscription(orgId)).then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
    }

    @Test
    void aPutReplacesThePlanAndKeepsItsCreationTime() {
        plan(orgId, "lite");
        setClock("2030-01-20T08:00:00Z");
        Api.admin().body(body("planType", "enterprise", "status", "canceled")).put(subscription(orgId)).then().statusCode(200)
                .body("data.planType", equalTo("enterprise"))
                .body("data.status", equalTo("cancelled"))
                .body("data.currentPeriodStart", nullValue())
                .body("data.limits.members", nullValue())
                .body("data.limits.bookingsPerMonth", nullValue())
                .body("data.limits.eventTypes", nullValue())
                .body("data.createdAt", equalTo("2030-01-15T12:00:00.000Z"))
                .body("data.updatedAt", equalTo("2030-01-20T08:00:00.000Z"));
        Api.admin().body(body("planType", "growth")).put(subscription(orgId)).then().statusCode(200)
                .body("data.status", equalTo("active"))
                .body("data.limits.members", equalTo(10))
                .body("data.limits.bookingsPerMonth", equalTo(2000))
                .body("data.limits.eventTypes", equalTo(50));
        owner.call().get(subscription(orgId)).then().statusCode(200).body("data.planType", equalTo("growth"));
    }

    @Test
    void anOrganizationCannotGrantItselfAPlan() {
        for (TestUser insider : new TestUser[] { owner, admin, member }) {
            insider.call().body(body("planType", "enterprise")).put(subscription(orgId)).then().statusCode(403)
                    .body("error.code", equalTo("FORBIDDEN"))
                    .body("error.message", containsString("platform administrator"));
        }
        owner.call().get(subscription(orgId)).then().statusCode(404);
    }

    @Test
    void withoutAPlanTheSubscriptionIs404AndTellsHowToSetOne() {
        owner.call().get(subscription(orgId)).then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"))
                .body("error.message", containsString("PUT /v2/organizations/" + orgId + "/subscription"));
    }

    @Test
    void invalidPlansAreRefusedFieldByField() {
        invalid(body("status", "active"), "planType");
        invalid(body("planType", "gold"), "planType");
        invalid(body("planType", "lite", "status", "paused"), "status");
        invalid(body("planType", "lite", "currentPeriodStart", "2030-02-01T00:00:00Z", "currentPeriodEnd", "2030-01-01T00:00:00Z"),
                "currentPeriodEnd");
        Api.admin().body(body("planType", "lite", "currentPeriodStart", "next month")).put(subscription(orgId)).then().statusCode(400)
                .body("error.code", equalTo("INVALID_REQUEST"));
        owner.call().get(subscription(orgId)).then().statusCode(404);
    }

    private void invalid(Map<String, Object> body, String field) {
        Api.admin().body(body).put(subscription(orgId)).then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.field", contains(field));
    }

    @Test
    void usageWithoutAPlanHasNoLimits() {
        owner.call().get(usage(orgId)).then().statusCode(200)
                .body("data.planType", nullValue())
                .body("data.status", nullValue())
                .body("data.members.used", equalTo(3))
                .body("data.members.limit", nullValue())
                .body("data.bookingsPerMonth.used", equalTo(0))
                .body("data.bookingsPerMonth.limit", nullValue())
                .body("data.eventTypes.used", equalTo(0))
                .body("data.eventTypes.limit", nullValue());
    }

    @Test
    void usageCountsAgainstThePlanInTheBusinessClocksMonth() {
        plan(orgId, "starter");
        owner.call().body(body("title", "Call", "slug", "call", "lengthInMinutes", 30)).post("/v2/event-types").then().statusCode(201);
        long team = Organisations.team(orgId, owner);
        owner.call().body(body("title", "Team call", "slug", "team-call", "lengthInMinutes", 30, "schedulingType", "collective",
                "assignAllTeamMembers", true)).post("/v2/teams/" + team + "/event-types").then().statusCode(201);
        Api.newUser().call().body(body("title", "Elsewhere", "slug", "elsewhere", "lengthInMinutes", 30))
                .post("/v2/event-types").then().statusCode(201);

        for (TestUser reader : new TestUser[] { owner, admin }) {
            reader.call().get(usage(orgId)).then().statusCode(200)
                    .body("data.planType", equalTo("starter"))
                    .body("data.status", equalTo("active"))
                    .body("data.period.start", equalTo("2030-01-01T00:00:00.000Z"))
                    .body("data.period.end", equalTo("2030-02-01T00:00:00.000Z"))
                    .body("data.members.used", equalTo(3))
                    .body("data.members.limit", equalTo(3))
                    .body("data.bookingsPerMonth.used", equalTo(0))
                    .body("data.bookingsPerMonth.limit", equalTo(300))
                    .body("data.eventTypes.used", equalTo(2))
                    .body("data.eventTypes.limit", equalTo(10));
        }
        member.call().get(usage(orgId)).then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
        Api.admin().get(usage(orgId)).then().statusCode(200).body("data.eventTypes.used", equalTo(2));
    }

    @Test
    void twoOrganizationsCannotReadOrWriteEachOthersPlanOrUsage() {
        plan(orgId, "lite");
        long other = Organisations.organisation();
        TestUser otherOwner = Organisations.user(other, "OWNER");
        TestUser otherAdmin = Organisations.user(other, "ADMIN");
        plan(other, "pro");

        for (TestUser outsider : new TestUser[] { otherOwner, otherAdmin, Api.newUser() }) {
            notFound(outsider.call().get(subscription(orgId)));
            notFound(outsider.call().body(body("planType", "enterprise")).put(subscription(orgId)));
            notFound(outsider.call().get(usage(orgId)));
        }
        notFound(owner.call().get(subscription(other)));
        notFound(owner.call().get(usage(other)));
        notFound(Api.admin().get(subscription(Long.MAX_VALUE)));
        owner.call().get(subscription(orgId)).then().statusCode(200).body("data.planType", equalTo("lite"));
        otherOwner.call().get(subscription(other)).then().statusCode(200).body("data.planType", equalTo("pro"));
    }

    private static void notFound(Response response) {
        response.then().statusCode(404).body("error.code", equalTo("NOT_FOUND"))
                .body("error.message", containsString("organization"));
    }
}
