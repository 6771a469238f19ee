package dev.kairos.eventtype;

import static dev.kairos.eventtype.EventTypeFixtures.body;
import static dev.kairos.eventtype.EventTypeFixtures.create;
import static dev.kairos.eventtype.EventTypeFixtures.uniqueSlug;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventTypeResourceTest {

    @Test
    void aMinimalEventTypeGetsCalComDefaults() {
        TestUser user = Api.newUser();
        String slug = uniqueSlug("minimal");
        user.call().header("cal-api-version", "2024-06-14").body(Map.of("title", "Quick chat", "slug", slug, "lengthInMinutes", 15))
                .post("/v2/event-types").then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/v2/event-types/\\d+"))
                .body("status", equalTo("success"))
                .body("data.ownerId", equalTo((int) user.id()))
                .body("data.title", equalTo("Quick chat"))
                .body("data.slug", equalTo(slug))
                .body("data.description", equalTo(""))
                .body("data.lengthInMinutes", equalTo(15))
                .body("data", not(hasKey("lengthInMinutesOptions")))
                .body("data.locations", equalTo(List.of(Map.of("type", "integration", "integration", "cal-video"))))
                .body("data.bookingFields.slug", contains("name", "email", "location", "title", "notes", "guests", "rescheduleReason"))
                .body("data.bookingFields.isDefault", contains(true, true, true, true, true, true, true))
                .body("data.disableGuests", equalTo(false))
                .body("data.slotInterval", nullValue())
                .body("data.minimumBookingNotice", equalTo(0))
                .body("data.beforeEventBuffer", equalTo(0))
                .body("data.afterEventBuffer", equalTo(0))
                .body("data.offsetStart", equalTo(0))
                .body("data.scheduleId", nullValue())
                .body("data.recurrence", nullValue())
                .body("data", not(hasKey("bookingWindow")))
                .body("data", not(hasKey("bookingLimitsCount")))
                .body("data", not(hasKey("confirmationPolicy")))
                .body("data", not(hasKey("seats")))
                .body("data.requiresConfirmation", equalTo(false))
                .body("data.seatsPerTimeSlot", nullValue())
                .body("data.hidden", equalTo(false))
                .body("data.price", equalTo(0))
                .body("data.currency", equalTo("usd"))
                .body("data.metadata", equalTo(Map.of()))
                .body("data.whitelist.enabled", equalTo(false))
                .body("data.refundWindowHours", nullValue())
                .body("data.isInstantEvent", equalTo(false))
                .body("data.forwardParamsSuccessRedirect", equalTo(true))
                .body("data.successRedirectUrl", nullValue())
                .body("data.users[0].id", equalTo((int) user.id()))
                .body("data.users[0]", not(hasKey("email")));
    }

    @Test
    void everyFieldIsStoredAndReturned() {
        TestUser user = Api.newUser();
        long scheduleId = Rows.schedule(user.id());
        Map<String, Object> full = body(EventTypeBodies.everyField(scheduleId));
        long id = user.call().body(full).post("/v2/event-types").then().statusCode(201).extract().jsonPath().getLong("data.id");
        EventTypeBodies.assertEveryField(user.call().get("/v2/event-types/" + id).then().statusCode(200), full, scheduleId);
    }

    @Test
    void listsAllOfTheCallersEventTypesWithHiddenOnesAndPagination() {
        TestUser user = Api.newUser();
        long first = create(user, Map.of("title", "First"));
        long hidden = create(user, Map.of("title", "Hidden", "hidden", true));
        long third = create(user, Map.of("title", "Third"));
        create(Api.newUser(), Map.of("title", "Someone else's"));
        user.call().queryParam("limit", 2).get("/v2/event-types").then().statusCode(200)
                .body("data.id", contains((int) first, (int) hidden))
                .body("data[1].hidden", equalTo(true))
                .body("pagination.totalItems", equalTo(3))
                .body("pagination.hasMore", equalTo(true));
        user.call().queryParam("skip", 2).get("/v2/event-types").then().statusCode(200)
                .body("data.id", contains((int) third))
                .body("pagination.hasPreviousPage", equalTo(true));
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndDisabledClearsASetting() {
        TestUser user = Api.newUser();
        long id = create(user, Map.of("description", "Keep me", "bookingWindow", Map.of("type", "calendarDays", "value", 30),
                "seats", Map.of("seatsPerTimeSlot", 5, "showAttendeeInfo", true, "showAvailabilityCount", true)));
        user.call().body(Map.of("title", "Renamed", "lengthInMinutes", 45, "bookingWindow", Map.of("disabled", true),
                "seats", Map.of("disabled", true), "requiresConfirmation", true)).patch("/v2/event-types/" + id).then()
                .statusCode(200)
                .body("data.title", equalTo("Renamed"))
                .body("data.lengthInMinutes", equalTo(45))
                .body("data.description", equalTo("Keep me"))
                .body("data", not(hasKey("bookingWindow")))
                .body("data", not(hasKey("seats")))
                .body("data.confirmationPolicy.type", equalTo("always"))
                .body("data.confirmationPolicy.blockUnconfirmedBookingsInBooker", equalTo(false))
                .body("data.requiresConfirmation", equalTo(true));
        user.call().body(Map.of("requiresConfirmation", false)).patch("/v2/event-types/" + id).then().statusCode(200)
                .body("data", not(hasKey("confirmationPolicy")));
        user.call().get("/v2/event-types/" + id).then().body("data.title", equalTo("Renamed"));
    }

    @Test
    void deleteRemovesTheEventTypeButKeepsItsBookings() {
        TestUser user = Api.newUser();
        String slug = uniqueSlug("gone");
        long id = create(user, Map.of("slug", slug, "lengthInMinutes", 20, "title", "Gone soon"));
        long booking = Rows.booking(user.id(), id);
        user.call().delete("/v2/event-types/" + id).then().statusCode(200)
                .body("data.id", equalTo((int) id))
                .body("data.slug", equalTo(slug))
                .body("data.title", equalTo("Gone soon"))
                .body("data.lengthInMinutes", equalTo(20));
        user.call().get("/v2/event-types/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        user.call().delete("/v2/event-types/" + id).then().statusCode(404);
        assertNull(Rows.eventTypeOfBooking(booking));
        create(user, Map.of("slug", slug));
    }

    @Test
    void anotherUsersEventTypeIsNotFound() {
        TestUser owner = Api.newUser();
        TestUser other = Api.newUser();
        long id = create(owner, Map.of());
        other.call().get("/v2/event-types/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        other.call().body(Map.of("title", "Mine now")).patch("/v2/event-types/" + id).then().statusCode(404);
        other.call().delete("/v2/event-types/" + id).then().statusCode(404);
        owner.call().get("/v2/event-types/" + id).then().statusCode(200).body("data.title", equalTo("Intro call"));
    }

    @Test
    void slugsAreUniquePerOwnerIgnoringCase() {
        TestUser user = Api.newUser();
        String slug = uniqueSlug("dup");
        long first = create(user, Map.of("slug", slug));
        user.call().body(body(Map.of("slug", slug))).post("/v2/event-types").then().statusCode(409)
                .body("error.code", equalTo("CONFLICT"));
        long second = create(user, Map.of());
        user.call().body(Map.of("slug", slug)).patch("/v2/event-types/" + second).then().statusCode(409);
        user.call().body(Map.of("slug", slug, "title", "Same slug, same type")).patch("/v2/event-types/" + first).then()
                .statusCode(200);
        create(Api.newUser(), Map.of("slug", slug));
    }

    @Test
    void slugsDifferingOnlyInCaseCollideInTheDatabase() {
        TestUser user = Api.newUser();
        String slug = uniqueSlug("case");
        create(user, Map.of("slug", slug));
        // The API only accepts lower-case slugs; the unique index on lower(slug) backs the service's check.
        user.call().body(body(Map.of("slug", slug.toUpperCase()))).post("/v2/event-types").then().statusCode(422)
                .body("error.details[0].field", equalTo("slug"));
    }

    @Test
    void operationsNeedAKeyExceptThePublicList() {
        Api.anonymous().body(body(Map.of())).post("/v2/event-types").then().statusCode(401);
        Api.anonymous().get("/v2/event-types/1").then().statusCode(401);
        Api.anonymous().get("/v2/event-types").then().statusCode(400).body("error.code", equalTo("INVALID_REQUEST"));
    }
}
