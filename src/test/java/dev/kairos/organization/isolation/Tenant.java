package dev.kairos.organization.isolation;

import static dev.kairos.testing.Api.admin;
import static dev.kairos.testing.Api.anonymous;

import dev.kairos.testing.Api.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One organisation with everything Kairos can hold, built through the API: owner, admin and member
 * (each with an API key), schedules, a team with a round-robin team event type, personal event
 * types (one seated), bookings (one seated with two attendees), a reservation, user and event-type
 * webhooks with a delivery, a routing form with a response, and a whitelist entry.
 *
 * <p>Every string the organisation stores carries one of two markers, so a response can be
 * searched for them: {@link #pub} marks what a booking page may show anyone (users' names and
 * usernames, event type titles and slugs, team and organisation slugs); {@link #prv} marks everything else (emails,
 * attendees, webhook targets and secrets, whitelist entries, names of forms, schedules, teams and
 * the organisation). Uids that act as credentials are private too ({@link #privateStrings}); a
 * seated booking's own uid is not one (slots show it), its seats' uids are.
 */
final class Tenant {

    /** Throwaway bookings and reservations start on Thursday 2030-01-10, after the shared ones, on business days. */
    private static final LocalDate FIRST_SPARE_DAY = LocalDate.of(2030, 1, 10);
    private static final AtomicInteger SPARE = new AtomicInteger();

    final String pub;
    final String prv;
    long orgId;
    TestUser owner;
    TestUser admin;
    TestUser member;
    String ownerUsername;
    long scheduleId;
    long teamId;
    String teamSlug;
    long membershipId;
    long teamEventTypeId;
    long eventTypeId;
    String eventTypeSlug;
    long seatedEventTypeId;
    long webhookId;
    long eventTypeWebhookId;
    long deliveryId;
    long formId;
    String formResponseId;
    String bookingUid;
    String attendeeEmail;
    String attendeeName;
    String seatedBookingUid;
    String seat1Uid;
    String seat1Email;
    String seat1Name;
    String seat2Uid;
    String roundRobinBookingUid;
    String reservationUid;
    String whitelistEmail;
    String oauthClientId;
    String oauthClientSecret;
    long managedUserId;
    String managedRefreshToken;
    long courseMappingId;
    long syncLogId;

    private final List<String> credentials = new ArrayList<>();

    private Tenant() {
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        pub = "pub" + token;
        prv = "prv" + token;
    }

    /** Builds the organisation and everything in it; the business clock must be before 2030-01-08. */
    static Tenant build() {
        Tenant t = new Tenant();
        // The organisation's slug is public, as team slugs are: booking pages and routing answers name it.
        t.orgId = admin().body(Map.of("name", "Org " + t.prv, "slug", "org-" + t.pub))
                .post("/v2/organizations").then().statusCode(201).extract().jsonPath().getLong("data.id");
        t.owner = t.user("owner", "OWNER");
        t.admin = t.user("admin", "ADMIN");
        t.member = t.user("member", "MEMBER");
        t.ownerUsername = "owner-" + t.pub;
        t.scheduleId = t.schedule(t.owner);
        t.schedule(t.member);
        t.teamSlug = "team-" + t.pub;
        t.teamId = t.owner.call().body(Map.of("name", "Team " + t.prv, "slug", t.teamSlug))
                .post("/v2/organizations/" + t.orgId + "/teams").then().statusCode(201).extract().jsonPath().getLong("data.id");
        t.membershipId = t.owner.call().body(Map.of("userId", t.member.id(), "role", "MEMBER", "accepted", true))
                .post("/v2/teams/" + t.teamId + "/memberships").then().statusCode(201).extract().jsonPath().getLong("data.id");
        t.teamEventTypeId = t.owner.call().body(Map.of("title", "Team call " + t.pub, "slug", "team-call-" + t.pub, "lengthInMinutes", 60,
                "schedulingType", "roundRobin", "hosts", List.of(Map.of("userId", t.owner.id()), Map.of("userId", t.member.id()))))
                .post("/v2/teams/" + t.teamId + "/event-types").then().statusCode(201).extract().jsonPath().getLong("data.id");
        t.eventTypeSlug = "call-" + t.pub;
        t.eventTypeId = t.eventType(Map.of("title", "Call " + t.pub, "slug", t.eventTypeSlug, "lengthInMinutes", 60));
        t.seatedEventTypeId = t.eventType(Map.of("title", "Workshop " + t.pub, "slug", "workshop-" + t.pub, "lengthInMinutes", 60,
                "seats", Map.of("seatsPerTimeSlot", 5, "showAttendeeInfo", false, "showAvailabilityCount", true)));
        t.webhooks();
        t.whitelistEmail = "wl-" + t.prv + "@example.com";
        t.owner.call().body(Map.of("entries", List.of(Map.of("email", t.whitelistEmail, "name", "Listed " + t.prv))))
                .post("/v2/event-types/" + t.eventTypeId + "/whitelist").then().statusCode(201);
        t.routingForm();
        t.bookings();
        t.reservationUid = t.reservation();
        t.partnerSettings();
        t.oauthClient();
        return t;
    }

    /** A plan, landing settings, an Immersio integration with a course mapping and a (failing) sync run's log. */
    private void partnerSettings() {
        admin().body(Map.of("planType", "enterprise")).put("/v2/organizations/" + orgId + "/subscription").then().statusCode(200);
        owner.call().body(Map.of("templateId", "education", "pageTitle", "Landing " + prv))
                .put("/v2/organizations/" + orgId + "/landing-settings").then().statusCode(200);
        String apiKey = "immersio-key-" + prv;
        String webhookSecret = "immersio-secret-" + prv;
        owner.call().body(Map.of("baseUrl", "http://127.0.0.1:9", "apiKey", apiKey, "webhookSecret", webhookSecret, "syncEnabled", false))
                .put("/v2/organizations/" + orgId + "/integrations/immersio").then().statusCode(200);
        credentials.addAll(List.of(apiKey, webhookSecret));
        courseMappingId = owner.call().body(Map.of("courseId", "course-" + prv, "eventTypeId", eventTypeId, "syncStudents", true))
                .post("/v2/organizations/" + orgId + "/course-mappings").then().statusCode(201).extract().jsonPath().getLong("data.id");
        syncLogId = owner.call().post("/v2/organizations/" + orgId + "/sync").then().statusCode(202).extract().jsonPath()
                .getLong("data.id");
    }

    /** An OAuth client of the organisation and one managed user of it, with their tokens. */
    private void oauthClient() {
        JsonPath client = owner.call().body(Map.of("name", "Client " + prv, "redirectUris", List.of("https://" + prv + ".example.com/cb"),
                "permissions", List.of("*"))).post("/v2/oauth-clients").then().statusCode(201).extract().jsonPath();
        oauthClientId = client.getString("data.clientId");
        oauthClientSecret = client.getString("data.clientSecret");
        JsonPath managed = anonymous().header("x-cal-client-id", oauthClientId).header("x-cal-secret-key", oauthClientSecret)
                .body(Map.of("email", "managed-" + prv + "@example.com", "name", "Managed " + pub, "timeZone", "UTC"))
                .post("/v2/oauth-clients/" + oauthClientId + "/users").then().statusCode(201).extract().jsonPath();
        managedUserId = managed.getLong("data.user.id");
        managedRefreshToken = managed.getString("data.refreshToken");
        credentials.addAll(List.of(oauthClientSecret, managed.getString("data.accessToken"), managedRefreshToken));
    }

    private TestUser user(String role, String orgRole) {
        String name = role + "-" + pub;
        long id = admin().body(Map.of("email", role + "-" + prv + "@example.com", "name", "Person " + pub + " " + role,
                "username", name, "role", orgRole))
                .post("/v2/organizations/" + orgId + "/users").then().statusCode(201).extract().jsonPath().getLong("data.id");
        JsonPath key = admin().body(Map.of("userId", id, "name", "key " + prv)).post("/v2/api-keys").then().statusCode(201)
                .extract().jsonPath();
        TestUser user = new TestUser(id, role + "-" + prv + "@example.com", key.getString("data.key"), key.getLong("data.id"));
        credentials.add(user.key());
        return user;
    }

    private long schedule(TestUser user) {
        return user.call().body(Map.of("name", "Hours " + prv, "timeZone", "UTC", "isDefault", true))
                .post("/v2/schedules").then().statusCode(201).extract().jsonPath().getLong("data.id");
    }

    private long eventType(Map<String, Object> body) {
        return owner.call().body(body).post("/v2/event-types").then().statusCode(201).extract().jsonPath().getLong("data.id");
    }

    private void webhooks() {
        Map<String, Object> body = Map.of("subscriberUrl", "http://127.0.0.1:9/" + prv, "active", true,
                "triggers", List.of("BOOKING_CREATED"), "secret", "secret-" + prv);
        webhookId = owner.call().body(body).post("/v2/webhooks").then().statusCode(201).extract().jsonPath().getLong("data.id");
        eventTypeWebhookId = owner.call().body(body).post("/v2/event-types/" + eventTypeId + "/webhooks").then().statusCode(201)
                .extract().jsonPath().getLong("data.id");
        deliveryId = owner.call().post("/v2/webhooks/" + webhookId + "/ping").then().statusCode(200).extract().jsonPath()
                .getLong("data.deliveryId");
        credentials.add("secret-" + prv);
    }

    private void routingForm() {
        Map<String, Object> field = Map.of("id", "service", "label", "Service " + prv, "type", "select", "required", true,
                "options", List.of(Map.of("id", "sales", "label", "Sales"), Map.of("id", "support", "label", "Support")));
        Map<String, Object> route = Map.of("id", "to-call", "conditions", Map.of("combinator", "and", "rules",
                List.of(Map.of("fieldId", "service", "operator", "equals", "value", "sales"))),
                "action", Map.of("type", "eventType", "eventTypeId", eventTypeId));
        formId = owner.call().body(Map.of("name", "Form " + prv, "fields", List.of(field), "routes", List.of(route),
                "fallbackAction", Map.of("type", "message", "message", "Thanks " + prv)))
                .post("/v2/routing-forms").then().statusCode(201).extract().jsonPath().getLong("data.id");
        formResponseId = anonymous().body(Map.of("responses", Map.of("service", "sales")))
                .post("/v2/routing-forms/" + formId + "/responses").then().statusCode(201).extract().jsonPath().getString("data.responseId");
    }

    private void bookings() {
        attendeeEmail = "att-" + prv + "@example.com";
        attendeeName = "Attendee " + prv;
        bookingUid = book(eventTypeId, "2030-01-08T09:00:00Z", attendeeName, attendeeEmail).getString("data.uid");
        seat1Email = "seat1-" + prv + "@example.com";
        seat1Name = "Seat one " + prv;
        JsonPath seat1 = book(seatedEventTypeId, "2030-01-08T10:00:00Z", seat1Name, seat1Email);
        seatedBookingUid = seat1.getString("data.uid");
        seat1Uid = seat1.getString("data.seatUid");
        seat2Uid = book(seatedEventTypeId, "2030-01-08T10:00:00Z", "Seat two " + prv, "seat2-" + prv + "@example.com")
                .getString("data.seatUid");
        roundRobinBookingUid = book(teamEventTypeId, "2030-01-08T12:00:00Z", "Round " + prv, "rr-" + prv + "@example.com")
                .getString("data.uid");
        // A seated booking's own uid is public (slots show it to every booker); its seats' uids are the credentials.
        credentials.addAll(List.of(bookingUid, seat1Uid, seat2Uid, roundRobinBookingUid));
    }

    private static JsonPath book(long eventTypeId, String start, String name, String email) {
        return anonymous().body(Map.of("eventTypeId", eventTypeId, "start", start,
                "attendee", Map.of("name", name, "email", email, "timeZone", "UTC")))
                .post("/v2/bookings").then().statusCode(201).extract().jsonPath();
    }

    /** A fresh reservation of the personal event type at a spare slot. */
    String reservation() {
        String uid = anonymous().body(Map.of("eventTypeId", eventTypeId, "slotStart", spareSlot()))
                .post("/v2/slots/reservations").then().statusCode(201).extract().jsonPath().getString("data.reservationUid");
        credentials.add(uid);
        return uid;
    }

    /** A fresh booking of the personal event type at a spare slot, with an attendee carrying the private marker. */
    String throwawayBooking() {
        String uid = book(eventTypeId, spareSlot(), "Throwaway " + prv, "spare-" + prv + "@example.com").getString("data.uid");
        credentials.add(uid);
        return uid;
    }

    /** The next free hour on a spare day, never used twice (shared by every tenant: hosts differ, starts need not). */
    static String spareSlot() {
        int n = SPARE.getAndIncrement();
        LocalDate day = FIRST_SPARE_DAY;
        for (int businessDays = n / 8; businessDays > 0; businessDays--) {
            do {
                day = day.plusDays(1);
            } while (day.getDayOfWeek().getValue() > 5);
        }
        return day + "T" + String.format("%02d", 9 + n % 8) + ":00:00Z";
    }

    /** The uids and keys that act as credentials: none may ever reach another organisation. */
    List<String> privateStrings() {
        List<String> all = new ArrayList<>(credentials);
        all.add(prv);
        return all;
    }
}
