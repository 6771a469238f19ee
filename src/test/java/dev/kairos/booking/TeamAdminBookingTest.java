package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.testing.Scheduling.hosts;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Scheduling.teamEventType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Teams;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 item 7, the part teams made possible: admins and owners of an event type's team see its
 * bookings in full and act on them as hosts do, whether or not they host them; plain members who do
 * not host them, and admins of other teams, do not.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class TeamAdminBookingTest {

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    @Test
    void teamAdminsSeeAndRunTheirTeamsBookingsMembersAndOutsidersDoNot() {
        TestUser owner = host("UTC");
        TestUser admin = host("UTC");
        TestUser member = host("UTC");
        TestUser hostOnly = host("UTC");
        long team = Teams.teamWithMembers(owner, member, hostOnly);
        Teams.addMember(owner, team, admin.id(), "ADMIN");
        TestUser otherAdmin = host("UTC");
        long otherTeam = Teams.team(otherAdmin);
        long collective = teamEventType(owner, team, "collective", hosts(hostOnly), Map.of());
        String uid = book(request(collective, TUESDAY_9, Map.of())).statusCode(201).extract().jsonPath().getString("data.uid");

        for (TestUser full : new TestUser[] {owner, admin}) {
            full.call().get("/v2/bookings/" + uid).then().statusCode(200)
                    .body("data.hosts[0].email", equalTo(hostOnly.email()));
            full.call().get("/v2/bookings").then().statusCode(200).body("data.uid", hasItem(uid));
            full.call().get("/v2/bookings/" + uid + "/cancellations").then().statusCode(200);
        }
        for (TestUser outsider : new TestUser[] {member, otherAdmin}) {
            outsider.call().get("/v2/bookings/" + uid).then().statusCode(200)
                    .body("data.hosts[0].email", nullValue());
            outsider.call().get("/v2/bookings").then().statusCode(200).body("data.uid", not(hasItem(uid)));
            outsider.call().get("/v2/bookings/" + uid + "/cancellations").then().statusCode(403);
        }
        otherAdmin.call().get("/v2/teams/" + otherTeam).then().statusCode(200).body("data.id", notNullValue());

        // An admin cancels it as a host would, and the slot is free again.
        admin.call().body(Map.of("cancellationReason", "teacher ill")).post("/v2/bookings/" + uid + "/cancel").then().statusCode(200)
                .body("data.status", equalTo("cancelled"));
        book(request(collective, TUESDAY_9, Map.of())).statusCode(201);
    }
}
