package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.booking.BookingFixtures.booked;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v2/bookings}: only the caller's bookings, every Cal.com filter and sort, and the
 * pagination object of API.md section 4.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingListTest {

    private static final String TUE_9 = "2030-01-08T09:00:00Z";
    private static final String TUE_11 = "2030-01-08T11:00:00Z";
    private static final String WED_9 = "2030-01-09T09:00:00Z";
    private static final String WED_13 = "2030-01-09T13:00:00Z";
    private static final String THU_9 = "2030-01-10T09:00:00Z";

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    private static JsonPath list(TestUser user, Map<String, ?> query) {
        return user.call().queryParams(query).get("/v2/bookings").then().statusCode(200)
                .body("status", equalTo("success")).extract().jsonPath();
    }

    private static List<String> uids(TestUser user, Map<String, ?> query) {
        return list(user, query).getList("data.uid");
    }

    @Test
    void aKeyIsRequired() {
        anonymous().get("/v2/bookings").then().statusCode(401)
                .body("status", equalTo("error")).body("error.code", equalTo("UNAUTHORIZED"));
        anonymous().header("Authorization", "Bearer cal_live_0123456789abcdef0123456789abcdef").get("/v2/bookings").then()
                .statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void onlyTheCallersBookingsAreListed() {
        TestUser alice = host("UTC");
        TestUser bob = host("UTC");
        String alices = booked(eventType(alice, Map.of()), TUE_9);
        String bobs = booked(eventType(bob, Map.of()), TUE_9);
        // Bob booking Alice's event type as an attendee does not make it his.
        String bookedByBob = bob.call().body(request(eventType(alice, Map.of()), WED_9, Map.of())).post("/v2/bookings").then()
                .statusCode(201).extract().jsonPath().getString("data.uid");
        assertEquals(List.of(alices, bookedByBob), uids(alice, Map.of()));
        assertEquals(List.of(bobs), uids(bob, Map.of()));
        assertEquals(List.of(), uids(Api.newUser(), Map.of()));
        assertEquals(List.of(alice.email(), alice.email()), list(alice, Map.of()).getList("data.hosts.flatten().email"));
    }

    @Test
    void statusFiltersTakeACommaList() {
        TestUser host = host("UTC");
        long plain = eventType(host, Map.of());
        long confirmed = eventType(host, Map.of("requiresConfirmation", true));
        long weekly = eventType(host, Map.of("recurrence", Map.of("interval", 1, "occurrences", 2, "frequency", "weekly")));
        String past = booked(plain, TUE_9);
        String cancelled = booked(plain, TUE_11);
        anonymous().body(Map.of()).post("/v2/bookings/" + cancelled + "/cancel").then().statusCode(200);
        String upcoming = booked(plain, WED_9);
        String pending = book(request(confirmed, WED_13, Map.of())).statusCode(201).extract().jsonPath().getString("data.uid");
        List<String> series = book(request(weekly, THU_9, Map.of())).statusCode(201).extract().jsonPath().getList("data.uid");
        assertEquals(2, series.size());
        setClock("2030-01-08T12:00:00Z");

        assertEquals(List.of(past), uids(host, Map.of("status", "past")));
        assertEquals(List.of(cancelled), uids(host, Map.of("status", "cancelled")));
        assertEquals(List.of(pending), uids(host, Map.of("status", "unconfirmed")));
        assertEquals(series, uids(host, Map.of("status", "recurring")));
        assertEquals(List.of(upcoming, pending, series.get(0), series.get(1)), uids(host, Map.of("status", "upcoming")));
        assertEquals(List.of(past, cancelled), uids(host, Map.of("status", "past,cancelled")));
        assertEquals(List.of(cancelled, pending), uids(host, Map.of("status", "cancelled, unconfirmed")));
        assertEquals(6, list(host, Map.of()).getInt("pagination.totalItems"));
    }

    @Test
    void anUnknownStatusSortOrDateIsABadRequest() {
        TestUser host = host("UTC");
        for (Map<String, String> query : List.of(Map.of("status", "upcoming,soon"), Map.of("status", "UPCOMING_NOW"),
                Map.of("sortStart", "up"), Map.of("sortCreated", "newest"), Map.of("afterStart", "tomorrow"),
                Map.of("beforeEnd", "2030-13-01"), Map.of("afterCreatedAt", "07/01/2030"), Map.of("beforeCreatedAt", "x"),
                Map.of("eventTypeId", "abc"), Map.of("eventTypeIds", "1,x"), Map.of("limit", "0"), Map.of("take", "251"),
                Map.of("skip", "-1"), Map.of("cursor", "not-a-cursor"))) {
            host.call().queryParams(query).get("/v2/bookings").then().statusCode(400)
                    .body("status", equalTo("error"))
                    .body("error.code", equalTo("INVALID_REQUEST"));
        }
    }

    @Test
    void attendeeEmailMatchesCaseInsensitively() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        Map<String, Object> attendee = Map.of("name", "Grace", "email", "Grace.Hopper-" + host.id() + "@Example.com",
                "timeZone", "UTC");
        String hers = book(request(eventType, TUE_9, Map.of("attendee", attendee))).statusCode(201).extract().jsonPath()
                .getString("data.uid");
        booked(eventType, TUE_11);
        assertEquals(List.of(hers), uids(host, Map.of("attendeeEmail", "grace.hopper-" + host.id() + "@example.COM")));
        assertEquals(List.of(), uids(host, Map.of("attendeeEmail", "nobody@example.com")));
    }

    @Test
    void eventTypeFiltersNarrowToThoseEventTypes() {
        TestUser host = host("UTC");
        long a = eventType(host, Map.of());
        long b = eventType(host, Map.of());
        long c = eventType(host, Map.of());
        String inA = booked(a, TUE_9);
        String inB = booked(b, TUE_11);
        String inC = booked(c, WED_9);
        assertEquals(List.of(inA), uids(host, Map.of("eventTypeId", a)));
        assertEquals(List.of(inA, inC), uids(host, Map.of("eventTypeIds", a + "," + c)));
        assertEquals(List.of(inB), uids(host, Map.of("eventTypeIds", String.valueOf(b))));
        // Another host's event type id does not reveal their bookings.
        TestUser other = host("UTC");
        long theirs = eventType(other, Map.of());
        booked(theirs, TUE_9);
        assertEquals(List.of(), uids(host, Map.of("eventTypeId", theirs)));
    }

    @Test
    void startAndEndBoundsAreInclusive() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        String tue9 = booked(eventType, TUE_9);
        String tue11 = booked(eventType, TUE_11);
        String wed9 = booked(eventType, WED_9);
        assertEquals(List.of(tue11, wed9), uids(host, Map.of("afterStart", TUE_11)));
        assertEquals(List.of(tue9, tue11), uids(host, Map.of("beforeEnd", "2030-01-08T12:00:00Z")));
        assertEquals(List.of(tue9), uids(host, Map.of("beforeEnd", "2030-01-08T10:00:00+00:00")));
        assertEquals(List.of(tue11), uids(host, Map.of("afterStart", "2030-01-08T10:30:00Z", "beforeEnd", "2030-01-08T12:00:00Z")));
        // A bare date is that day's start in UTC.
        assertEquals(List.of(wed9), uids(host, Map.of("afterStart", "2030-01-09")));
        assertEquals(List.of(tue9, tue11), uids(host, Map.of("beforeEnd", "2030-01-09")));
        // Offsets are honoured: 11:00+01:00 is 10:00Z.
        assertEquals(List.of(tue11, wed9), uids(host, Map.of("afterStart", "2030-01-08T11:00:00+01:00")));
    }

    @Test
    void createdAtBoundsAndSorting() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        String first = booked(eventType, WED_9);
        setClock("2030-01-07T07:00:00Z");
        String second = booked(eventType, TUE_9);
        setClock("2030-01-07T08:00:00Z");
        String third = booked(eventType, TUE_11);

        assertEquals(List.of(second, third), uids(host, Map.of("afterCreatedAt", "2030-01-07T07:00:00Z")));
        assertEquals(List.of(second, first), uids(host, Map.of("beforeCreatedAt", "2030-01-07T07:00:00Z")));
        assertEquals(List.of(second), uids(host, Map.of("afterCreatedAt", "2030-01-07T06:30:00Z",
                "beforeCreatedAt", "2030-01-07T07:30:00Z")));

        assertEquals(List.of(second, third, first), uids(host, Map.of()));
        assertEquals(List.of(second, third, first), uids(host, Map.of("sortStart", "asc")));
        assertEquals(List.of(first, third, second), uids(host, Map.of("sortStart", "desc")));
        assertEquals(List.of(first, second, third), uids(host, Map.of("sortCreated", "asc")));
        assertEquals(List.of(third, second, first), uids(host, Map.of("sortCreated", "desc")));
        host.call().get("/v2/bookings").then().body("data[0].createdAt", equalTo("2030-01-07T07:00:00.000Z"));
    }

    @Test
    void pagesCarryCalComsAndTheCursorFields() {
        TestUser host = host("UTC");
        long eventType = eventType(host, Map.of());
        List<String> all = List.of(booked(eventType, TUE_9), booked(eventType, TUE_11), booked(eventType, WED_9),
                booked(eventType, WED_13), booked(eventType, THU_9));

        JsonPath page1 = list(host, Map.of("limit", 2));
        assertEquals(all.subList(0, 2), page1.getList("data.uid"));
        assertPagination(page1, 2, 5, 3, 2, 1, 3, true, false);
        String cursor = page1.getString("pagination.cursor");

        JsonPath page2 = list(host, Map.of("limit", 2, "cursor", cursor));
        assertEquals(all.subList(2, 4), page2.getList("data.uid"));
        assertPagination(page2, 2, 5, 1, 2, 2, 3, true, true);

        JsonPath page3 = list(host, Map.of("limit", 2, "cursor", page2.getString("pagination.cursor")));
        assertEquals(all.subList(4, 5), page3.getList("data.uid"));
        assertPagination(page3, 2, 5, 0, 1, 3, 3, false, true);
        // The last page says so with an explicit null cursor.
        host.call().queryParam("limit", 2).queryParam("cursor", page2.getString("pagination.cursor")).get("/v2/bookings").then()
                .body("pagination", hasKey("cursor"))
                .body("pagination.cursor", nullValue());

        // Cal.com's take and skip.
        JsonPath skipped = list(host, Map.of("take", 2, "skip", 2));
        assertEquals(all.subList(2, 4), skipped.getList("data.uid"));
        assertPagination(skipped, 2, 5, 1, 2, 2, 3, true, true);

        JsonPath everything = list(host, Map.of());
        assertEquals(all, everything.getList("data.uid"));
        assertPagination(everything, 100, 5, 0, 5, 1, 1, false, false);

        JsonPath beyond = list(host, Map.of("skip", 10));
        assertEquals(List.of(), beyond.getList("data"));
        assertEquals(5, beyond.getInt("pagination.totalItems"));
        assertEquals(0, beyond.getInt("pagination.remainingItems"));
        assertEquals(false, beyond.getBoolean("pagination.hasNextPage"));
    }

    private static void assertPagination(JsonPath page, int limit, int total, int remaining, int returned, int currentPage,
            int totalPages, boolean next, boolean previous) {
        assertEquals(limit, page.getInt("pagination.limit"), "limit");
        assertEquals(limit, page.getInt("pagination.itemsPerPage"), "itemsPerPage");
        assertEquals(total, page.getInt("pagination.totalItems"), "totalItems");
        assertEquals(remaining, page.getInt("pagination.remainingItems"), "remainingItems");
        assertEquals(returned, page.getInt("pagination.returnedItems"), "returnedItems");
        assertEquals(currentPage, page.getInt("pagination.currentPage"), "currentPage");
        assertEquals(totalPages, page.getInt("pagination.totalPages"), "totalPages");
        assertEquals(next, page.getBoolean("pagination.hasNextPage"), "hasNextPage");
        assertEquals(next, page.getBoolean("pagination.hasMore"), "hasMore");
        assertEquals(previous, page.getBoolean("pagination.hasPreviousPage"), "hasPreviousPage");
    }
}
