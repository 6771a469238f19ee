package dev.kairos.organization.isolation;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the isolation walk needs to call each operation of the spec: which of B's ids goes into
 * each path and query parameter, a valid body per operation, and for the public operations of
 * API.md section 2 which of B's private values the caller may legitimately see. An operation of
 * the spec that these tables do not cover makes the walk fail, naming the table to extend (a new
 * kind of resource also needs building in {@link Tenant#build}, so that B has one to aim at).
 *
 * <p>What is private (API.md sections 2 and 3): users' and attendees' emails, attendees' names
 * (except the caller's own attendee or seat: a booking uid or seatUid is its holder's credential),
 * every other seat of a seated booking unless the event type shows attendee info, webhook targets
 * and secrets, whitelist entries, routing forms themselves (only their routing answer is public),
 * schedules, team and organisation names, API keys, and every uid the caller was not given (a
 * seated booking's own uid is public: slots show it; it is no credential, its seats' uids are).
 * Public: what a booking page shows anyone, i.e. hosts' names and usernames, event type titles,
 * slugs and public settings, team and organisation slugs, slots and seat counts.
 */
final class IsolationRules {

    private IsolationRules() {
    }

    /** Who is calling and whose ids they use. */
    record Call(Tenant a, Tenant b) {
    }

    /**
     * B's value for a path parameter, by the path up to and including the parameter: the longest
     * key that path ends with wins ({@code /teams/{teamId}/event-types/{id}} before {@code /event-types/{id}}).
     */
    static final Map<String, Function<Tenant, Object>> PATH_IDS = Map.ofEntries(
            entry("/api-keys/{id}", t -> t.owner.keyId()),
            entry("/bookings/{bookingUid}", t -> t.bookingUid),
            entry("/reassign/{userId}", t -> t.member.id()),
            entry("/event-types/{eventTypeId}", t -> t.eventTypeId),
            entry("/event-types/{id}", t -> t.eventTypeId),
            entry("/teams/{teamId}/event-types/{id}", t -> t.teamEventTypeId),
            entry("/event-types/{eventTypeId}/webhooks/{id}", t -> t.eventTypeWebhookId),
            entry("/webhooks/{id}", t -> t.webhookId),
            entry("/deliveries/{deliveryId}", t -> t.deliveryId),
            entry("/organizations/{orgId}", t -> t.orgId),
            entry("/teams/{teamId}", t -> t.teamId),
            entry("/memberships/{membershipId}", t -> t.membershipId),
            entry("/users/{id}", t -> t.owner.id()),
            entry("/users/{userId}", t -> t.member.id()),
            entry("/routing-forms/{id}", t -> t.formId),
            entry("/schedules/{id}", t -> t.scheduleId),
            entry("/reservations/{uid}", t -> t.reservationUid),
            entry("/oauth-clients/{clientId}", t -> t.oauthClientId),
            entry("/oauth-clients/{clientId}/users/{userId}", t -> t.managedUserId),
            entry("/oauth/{clientId}", t -> t.oauthClientId),
            entry("/course-mappings/{mappingId}", t -> t.courseMappingId),
            entry("/sync-logs/{logId}", t -> t.syncLogId));

    /**
     * Per operation, path parameters that need another of B's values than {@link #PATH_IDS}: a
     * seated booking to look at, a round-robin booking to reassign, and fresh bookings and
     * reservations for the public operations that change them (their uid is the credential, so
     * they may succeed; the walk must not spend B's shared ones).
     */
    static final Map<String, Map<String, Function<Tenant, Object>>> PATH_OVERRIDES = Map.ofEntries(
            entry("getBooking", Map.of("bookingUid", t -> t.seatedBookingUid)),
            entry("reassignBooking", Map.of("bookingUid", t -> t.roundRobinBookingUid)),
            entry("reassignBookingToUser", Map.of("bookingUid", t -> t.roundRobinBookingUid)),
            entry("cancelBooking", Map.of("bookingUid", Tenant::throwawayBooking)),
            entry("deleteBooking", Map.of("bookingUid", Tenant::throwawayBooking)),
            entry("rescheduleBooking", Map.of("bookingUid", Tenant::throwawayBooking)),
            entry("updateBooking", Map.of("bookingUid", Tenant::throwawayBooking)),
            entry("updateSlotReservation", Map.of("uid", Tenant::reservation)),
            entry("deleteSlotReservation", Map.of("uid", Tenant::reservation)));

    /** B's value for query parameters that take ids, emails, uids or slugs, whatever the operation. */
    static final Map<String, Function<Tenant, Object>> QUERY_IDS = Map.ofEntries(
            entry("eventTypeId", t -> t.eventTypeId),
            entry("eventTypeIds", t -> t.eventTypeId),
            entry("teamId", t -> t.teamId),
            entry("userId", t -> t.member.id()),
            entry("attendeeEmail", t -> t.attendeeEmail),
            entry("email", t -> t.whitelistEmail),
            entry("seatUid", t -> t.seat1Uid));

    /**
     * Operations whose query needs more than {@link #QUERY_IDS} (time ranges, a username instead of
     * an id): each entry lists the queries to try; id-like parameters left out are deliberately unset.
     */
    static final Map<String, Function<Tenant, List<Map<String, Object>>>> QUERIES = Map.ofEntries(
            entry("getSlots", t -> List.of(
                    Map.of("eventTypeId", t.seatedEventTypeId, "start", "2030-01-08", "end", "2030-01-12"),
                    Map.of("username", t.ownerUsername, "eventTypeSlug", t.eventTypeSlug, "start", "2030-01-08", "end", "2030-01-12"),
                    Map.of("teamSlug", t.teamSlug, "eventTypeSlug", "team-call-" + t.pub, "start", "2030-01-08", "end", "2030-01-12"))),
            entry("getAvailableSlots", t -> List.of(Map.of("eventTypeId", t.seatedEventTypeId, "startTime", "2030-01-08T00:00:00Z",
                    "endTime", "2030-01-12T00:00:00Z"))),
            entry("listEventTypes", t -> List.of(Map.of("username", t.ownerUsername),
                    Map.of("username", t.ownerUsername, "eventSlug", t.eventTypeSlug))));

    /** Query parameters whose name says they take an id, a uid, a slug, an email or a username. */
    static boolean takesAnId(String name) {
        return name.matches("(?i).*(id|ids|uid|slug|email)") || name.equals("username");
    }

    private static Map<String, Object> webhook() {
        return Map.of("subscriberUrl", "http://127.0.0.1:9/walk", "active", true, "triggers", List.of("BOOKING_CREATED"));
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid body per operation that has one; bodies may carry B's ids (see {@link #CROSSING_BODIES}). */
    static final Map<String, Function<Call, Object>> BODIES = Map.ofEntries(
            entry("setClock", c -> Map.of("now", "2030-01-07T06:00:00Z")),
            entry("createApiKey", c -> Map.of("name", "walk", "userId", c.b().owner.id())),
            entry("refreshApiKey", c -> Map.of()),
            entry("updateApiKey", c -> Map.of("name", "walk")),
            entry("createBooking", c -> Map.of("eventTypeId", c.b().seatedEventTypeId, "start", "2030-01-08T10:00:00Z",
                    "attendee", Map.of("name", "Walker", "email", fresh("walker") + "@example.com", "timeZone", "UTC"))),
            entry("updateBooking", c -> Map.of("start", Tenant.spareSlot(), "reschedulingReason", "walk")),
            entry("rescheduleBooking", c -> Map.of("start", Tenant.spareSlot(), "reschedulingReason", "walk")),
            entry("deleteBooking", c -> Map.of("cancellationReason", "walk")),
            entry("cancelBooking", c -> Map.of("cancellationReason", "walk")),
            entry("declineBooking", c -> Map.of("reason", "walk")),
            entry("markAbsent", c -> Map.of("attendees", List.of(Map.of("email", c.b().attendeeEmail, "absent", true)))),
            entry("reassignBookingToUser", c -> Map.of("reason", "walk")),
            entry("createEventType", c -> Map.of("title", "Walk", "slug", fresh("walk"), "lengthInMinutes", 30,
                    "scheduleId", c.b().scheduleId)),
            entry("updateEventType", c -> Map.of("title", "Taken over")),
            entry("createEventTypeWebhook", c -> webhook()),
            entry("updateEventTypeWebhook", c -> Map.of("active", false)),
            entry("importWhitelist", c -> Map.of("entries", List.of(Map.of("email", fresh("walk") + "@example.com")))),
            entry("updateMe", c -> Map.of("defaultScheduleId", c.b().scheduleId)),
            entry("createOrganization", c -> Map.of("name", "Walk", "slug", fresh("walk"))),
            entry("createOrganizationTeam", c -> Map.of("name", "Walk", "slug", fresh("walk"))),
            entry("updateOrganizationTeam", c -> Map.of("name", "Taken over")),
            entry("createOrganizationUser", c -> Map.of("email", fresh("walk") + "@example.com", "name", "Walker", "role", "MEMBER")),
            entry("updateOrganizationUser", c -> Map.of("role", "ADMIN")),
            entry("createRoutingForm", c -> Map.of("name", "Walk", "fields", List.of(Map.of("id", "q", "label", "Q", "type", "text",
                    "required", false)), "routes", List.of(Map.of("id", "r", "conditions", Map.of("combinator", "and", "rules",
                    List.of(Map.of("fieldId", "q", "operator", "equals", "value", "x"))),
                    "action", Map.of("type", "eventType", "eventTypeId", c.b().eventTypeId))),
                    "fallbackAction", Map.of("type", "message", "message", "Thanks"))),
            entry("updateRoutingForm", c -> Map.of("name", "Taken over")),
            entry("submitRoutingFormResponse", c -> Map.of("responses", Map.of("service", "sales"))),
            entry("createSchedule", c -> Map.of("name", "Walk", "timeZone", "UTC", "isDefault", false)),
            entry("updateSchedule", c -> Map.of("name", "Taken over")),
            entry("reserveSlot", c -> Map.of("eventTypeId", c.b().eventTypeId, "slotStart", Tenant.spareSlot())),
            entry("updateSlotReservation", c -> Map.of("eventTypeId", c.b().eventTypeId, "slotStart", Tenant.spareSlot())),
            entry("createTeam", c -> Map.of("name", "Walk", "slug", fresh("walk"))),
            entry("updateTeam", c -> Map.of("name", "Taken over")),
            entry("createTeamEventType", c -> Map.of("title", "Walk", "slug", fresh("walk"), "lengthInMinutes", 30,
                    "schedulingType", "collective", "hosts", List.of(Map.of("userId", c.b().owner.id())))),
            entry("updateTeamEventType", c -> Map.of("title", "Taken over")),
            entry("createTeamMembership", c -> Map.of("userId", c.a().member.id(), "role", "MEMBER", "accepted", true)),
            entry("updateTeamMembership", c -> Map.of("role", "ADMIN")),
            entry("createUser", c -> Map.of("email", fresh("walk") + "@example.com", "name", "Walker")),
            entry("createWebhook", c -> webhook()),
            entry("updateWebhook", c -> Map.of("active", false)),
            entry("putOrganizationSubscription", c -> Map.of("planType", "lite")),
            entry("putLandingSettings", c -> Map.of("templateId", "education", "pageTitle", "Taken over")),
            entry("putImmersioIntegration", c -> Map.of("baseUrl", "http://127.0.0.1:9", "apiKey", "walk-key-0123456789",
                    "syncEnabled", false)),
            entry("createCourseMapping", c -> Map.of("courseId", fresh("walk"), "eventTypeId", c.b().eventTypeId, "syncStudents", true)),
            entry("createOAuthClient", c -> Map.of("name", "Walk", "redirectUris", List.of("https://walk.example.com/cb"),
                    "permissions", List.of("*"))),
            entry("updateOAuthClient", c -> Map.of("name", "Taken over")),
            entry("createManagedUser", c -> Map.of("email", fresh("walk") + "@example.com", "name", "Walker", "timeZone", "UTC")),
            // A's own refresh token: a call that wrongly succeeded must not spend B's.
            entry("refreshOAuthTokens", c -> Map.of("refreshToken", c.a().managedRefreshToken)));

    /** Operations whose body names B's ids although their path does not: they must be refused (403, 404 or 422). */
    static final Set<String> CROSSING_BODIES = Set.of("createApiKey", "createEventType", "updateMe", "createRoutingForm");

    /**
     * Headers an operation needs besides A's API key (an OAuth client's {@code x-cal-client-id} and
     * {@code x-cal-secret-key}, say): A's own credentials, so that only the ids are B's.
     */
    static final Map<String, Function<Call, Map<String, String>>> HEADERS = Map.of(
            "createManagedUser", IsolationRules::clientHeaders,
            "listManagedUsers", IsolationRules::clientHeaders,
            "forceRefreshManagedUser", IsolationRules::clientHeaders,
            "refreshOAuthTokens", IsolationRules::clientHeaders);

    /**
     * Operations authenticated by the OAuth client named in the path: A's client credentials against
     * B's client id are wrong credentials for that client, so 401 is their refusal.
     */
    static final Set<String> CLIENT_AUTHENTICATED = HEADERS.keySet();

    private static Map<String, String> clientHeaders(Call c) {
        return Map.of("x-cal-client-id", c.a().oauthClientId, "x-cal-secret-key", c.a().oauthClientSecret);
    }

    /** Operations to call with a throwaway key of the caller, because they spend the key they are called with. */
    static final Set<String> SPENDS_THE_KEY = Set.of("refreshApiKey");

    /**
     * For each public operation, which of B's private values its caller may see: what the uid they
     * were given makes theirs. Everything else private to B must be absent.
     */
    static final Map<String, Function<Tenant, List<String>>> PUBLIC_MAY_SHOW = Map.ofEntries(
            entry("ping", t -> List.of()),
            entry("getSlots", t -> List.of()),
            entry("getAvailableSlots", t -> List.of()),
            entry("listEventTypes", t -> List.of()),
            entry("createBooking", t -> List.of()),
            // The seat's holder (?seatUid=) sees the booking and their own seat, never the other seat.
            entry("getBooking", t -> List.of(t.seat1Uid, t.seat1Email, t.seat1Name)),
            // The booking's holder is its attendee and sees themselves.
            entry("cancelBooking", IsolationRules::throwawayAttendee),
            entry("deleteBooking", IsolationRules::throwawayAttendee),
            entry("rescheduleBooking", IsolationRules::throwawayAttendee),
            entry("updateBooking", IsolationRules::throwawayAttendee),
            entry("reserveSlot", t -> List.of()),
            entry("getSlotReservation", t -> List.of(t.reservationUid)),
            entry("updateSlotReservation", t -> List.of()),
            entry("deleteSlotReservation", t -> List.of()),
            entry("submitRoutingFormResponse", t -> List.of()));

    private static List<String> throwawayAttendee(Tenant t) {
        return List.of("Throwaway " + t.prv, "spare-" + t.prv + "@example.com");
    }
}
