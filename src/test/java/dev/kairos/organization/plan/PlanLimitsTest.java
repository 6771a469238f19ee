package dev.kairos.organization.plan;

import static dev.kairos.organization.plan.Plans.book;
import static dev.kairos.organization.plan.Plans.createEventType;
import static dev.kairos.organization.plan.Plans.host;
import static dev.kairos.organization.plan.Plans.hoursOf;
import static dev.kairos.organization.plan.Plans.organisationOn;
import static dev.kairos.organization.plan.Plans.usage;
import static dev.kairos.organization.plan.Plans.weekly;
import static dev.kairos.testing.Scheduling.setClock;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.booking.Parallel;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Organisations;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, plan limits: creating a user, an event type or a booking beyond the organisation's plan
 * is refused with 403 PLAN_LIMIT_EXCEEDED naming the limit; exactly, under concurrency too. An
 * organisation without a plan, or on enterprise, has no limits.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class PlanLimitsTest {

    /** Monday 2030-01-07, early: the week's working hours are all ahead. */
    private static final String MONDAY_NOW = "2030-01-07T06:00:00Z";

    private TestUser booker;

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
        booker = Parallel.unthrottledBooker();
    }

    private static ValidatableResponse overLimit(ValidatableResponse response, String field, String message) {
        return response.statusCode(403)
                .body("error.code", equalTo("PLAN_LIMIT_EXCEEDED"))
                .body("error.message", containsString(message))
                .body("error.details.field", contains(field));
    }

    private static ValidatableResponse addUser(TestUser by, long orgId) {
        return addUser(by.call(), orgId);
    }

    private static ValidatableResponse addUser(RequestSpecification by, long orgId) {
        return by.body(Map.of("email", "member-" + UUID.randomUUID() + "@example.com", "name", "Member"))
                .post("/v2/organizations/" + orgId + "/users").then();
    }

    @Test
    void membersStopAtThePlansLimit() {
        long orgId = organisationOn("starter");
        TestUser owner = Organisations.user(orgId, "OWNER");
        addUser(owner, orgId).statusCode(201);
        addUser(owner, orgId).statusCode(201);

        overLimit(addUser(owner, orgId), "members", "The organization's starter plan allows 3 members (3 used)");
        overLimit(addUser(Api.admin(), orgId), "members", "starter plan");
        owner.call().get(usage(orgId)).then().body("data.members.used", equalTo(3));
    }

    @Test
    void anOrganizationWithoutAPlanOrOnEnterpriseHasNoLimits() {
        long unplanned = Organisations.organisation();
        long enterprise = organisationOn("enterprise");
        for (long orgId : new long[] { unplanned, enterprise }) {
            TestUser owner = Organisations.user(orgId, "OWNER");
            // Beyond starter's 3 members and 10 event types, so a default plan applied by mistake would refuse.
            for (int i = 0; i < 3; i++) {
                addUser(owner, orgId).statusCode(201);
            }
            for (int i = 0; i < 11; i++) {
                createEventType(owner, Map.of()).statusCode(201);
            }
        }
    }

    @Test
    void eventTypesOfTheOrganizationsUsersAndTeamsShareTheLimit() {
        long orgId = organisationOn("lite");
        TestUser owner = host(orgId);
        createEventType(owner, Map.of()).statusCode(201);
        long team = Organisations.team(orgId, owner);
        owner.call().body(Map.of("title", "Team call", "slug", "team-call", "lengthInMinutes", 30, "schedulingType", "collective",
                "assignAllTeamMembers", true)).post("/v2/teams/" + team + "/event-types").then().statusCode(201);
        createEventType(owner, Map.of()).statusCode(201);

        overLimit(createEventType(owner, Map.of()), "eventTypes", "The organization's lite plan allows 3 event types (3 used)");
        overLimit(owner.call().body(Map.of("title", "Team call", "slug", "team-call-2", "lengthInMinutes", 30, "schedulingType",
                "collective", "assignAllTeamMembers", true)).post("/v2/teams/" + team + "/event-types").then(), "eventTypes", "lite plan");
        createEventType(Api.newUser(), Map.of()).statusCode(201);
        owner.call().get(usage(orgId)).then().body("data.eventTypes.used", equalTo(3));
    }

    @Test
    void bookingsStopAtTheMonthsLimitCountingSeriesTeamsAndCancellations() {
        long orgId = organisationOn("lite");
        TestUser host = host(orgId);
        long weekly = createEventType(host, weekly(60)).statusCode(201).extract().jsonPath().getLong("data.id");
        long team = Organisations.team(orgId, host);
        long teamCall = host.call().body(Map.of("title", "Team call", "slug", "team-call", "lengthInMinutes", 60, "schedulingType",
                "collective", "assignAllTeamMembers", true)).post("/v2/teams/" + team + "/event-types").then().statusCode(201)
                .extract().jsonPath().getLong("data.id");

        book(booker, weekly, "2030-01-08T09:00:00Z", Map.of("recurrenceCount", 47)).statusCode(201).body("data", hasSize(47));
        overLimit(book(booker, weekly, "2030-01-08T10:00:00Z", Map.of("recurrenceCount", 4)), "bookingsPerMonth",
                "The organization's lite plan allows 50 bookings per month (47 used, 4 more requested)");
        book(booker, teamCall, "2030-01-09T09:00:00Z", Map.of()).statusCode(201);
        String last = book(booker, teamCall, "2030-01-09T10:00:00Z", Map.of()).statusCode(201).extract().jsonPath().getString("data.uid");
        book(booker, weekly, "2030-01-08T10:00:00Z", Map.of("recurrenceCount", 1)).statusCode(201);

        overLimit(book(booker, teamCall, "2030-01-09T11:00:00Z", Map.of()), "bookingsPerMonth", "allows 50 bookings per month (50 used)");
        host.call().get(usage(orgId)).then().body("data.bookingsPerMonth.used", equalTo(50));

        host.call().body(Map.of("cancellationReason", "frees a booking")).post("/v2/bookings/" + last + "/cancel").then().statusCode(200);
        book(booker, teamCall, "2030-01-09T11:00:00Z", Map.of()).statusCode(201);
        overLimit(book(booker, teamCall, "2030-01-09T12:00:00Z", Map.of()), "bookingsPerMonth", "(50 used)");

        setClock("2030-02-04T06:00:00Z");
        book(booker, teamCall, "2030-02-06T09:00:00Z", Map.of()).statusCode(201);
        host.call().get(usage(orgId)).then().body("data.bookingsPerMonth.used", equalTo(1))
                .body("data.period.start", equalTo("2030-02-01T00:00:00.000Z"));
    }

    @Test
    void eachSeatOfASeatedBookingCountsAsABooking() {
        long orgId = organisationOn("lite");
        TestUser host = host(orgId);
        long weekly = createEventType(host, weekly(60)).statusCode(201).extract().jsonPath().getLong("data.id");
        long workshop = createEventType(host, Map.of("seats", Map.of("seatsPerTimeSlot", 5))).statusCode(201)
                .extract().jsonPath().getLong("data.id");
        book(booker, weekly, "2030-01-08T09:00:00Z", Map.of("recurrenceCount", 48)).statusCode(201);

        String first = book(booker, workshop, "2030-01-09T09:00:00Z", Map.of()).statusCode(201).extract().jsonPath().getString("data.uid");
        book(booker, workshop, "2030-01-09T09:00:00Z", Map.of()).statusCode(201).body("data.uid", equalTo(first));
        overLimit(book(booker, workshop, "2030-01-09T09:00:00Z", Map.of()), "bookingsPerMonth", "(50 used)");
        host.call().get(usage(orgId)).then().body("data.bookingsPerMonth.used", equalTo(50));
    }

    /**
     * Each instance lets one booker per event type in at a time, so the race is across the
     * organisation's three event types (lite's limit), all hosted by its one member.
     */
    @Test
    void parallelBookingsAtOneBelowTheLimitLetExactlyOneThrough() throws Exception {
        long orgId = organisationOn("lite");
        TestUser host = host(orgId);
        long weekly = createEventType(host, weekly(60)).statusCode(201).extract().jsonPath().getLong("data.id");
        long second = createEventType(host, Map.of()).statusCode(201).extract().jsonPath().getLong("data.id");
        long third = createEventType(host, Map.of()).statusCode(201).extract().jsonPath().getLong("data.id");
        book(booker, weekly, "2030-01-08T09:00:00Z", Map.of("recurrenceCount", 49)).statusCode(201);
        List<String> thursday = hoursOf("2030-01-10");
        List<String> friday = hoursOf("2030-01-11");
        List<Long> eventTypes = List.of(weekly, second, third, weekly, second, third, weekly, second, third, weekly, second, third);
        List<String> starts = List.of(thursday.get(0), thursday.get(1), thursday.get(2), thursday.get(3), thursday.get(4),
                thursday.get(5), thursday.get(6), thursday.get(7), friday.get(0), friday.get(1), friday.get(2), friday.get(3));

        List<Response> responses = Parallel.fire(starts.size(), i -> book(booker, eventTypes.get(i), starts.get(i),
                eventTypes.get(i) == weekly ? Map.of("recurrenceCount", 1) : Map.of()).extract().response());

        assertEquals(Map.of(201, 1L, 403, (long) starts.size() - 1), Parallel.statusCounts(responses), "one booking fits");
        responses.stream().filter(r -> r.statusCode() == 403)
                .forEach(r -> assertEquals("PLAN_LIMIT_EXCEEDED", r.jsonPath().getString("error.code")));
        host.call().get(usage(orgId)).then().body("data.bookingsPerMonth.used", equalTo(50));
    }

    @Test
    void parallelMembersAtOneBelowTheLimitLetExactlyOneThrough() throws Exception {
        long orgId = organisationOn("starter");
        TestUser owner = Organisations.user(orgId, "OWNER");
        addUser(owner, orgId).statusCode(201);

        List<Response> responses = Parallel.fire(8, i -> addUser(owner, orgId).extract().response());

        assertEquals(Map.of(201, 1L, 403, 7L), Parallel.statusCounts(responses), "one member fits");
        owner.call().get(usage(orgId)).then().body("data.members.used", equalTo(3));
    }

    @Test
    void hostsOutsideOrganizationsBookWithoutLimits() {
        TestUser outsider = Scheduling.host("UTC");
        long eventType = createEventType(outsider, weekly(60)).statusCode(201).extract().jsonPath().getLong("data.id");
        book(booker, eventType, "2030-01-08T09:00:00Z", Map.of("recurrenceCount", 52)).statusCode(201).body("data", hasSize(52));
    }
}
