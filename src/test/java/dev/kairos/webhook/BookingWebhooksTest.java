package dev.kairos.webhook;

import static dev.kairos.testing.Api.anonymous;
import static dev.kairos.webhook.WebhookFixtures.body;
import static dev.kairos.webhook.WebhookFixtures.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import dev.kairos.testing.Scheduling;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Booking changes reach webhook subscribers through the outbox, signed: PRD acceptance 8.4 and
 * the other booking triggers, with a real receiver on 127.0.0.1 and node checking signatures.
 */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class BookingWebhooksTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String VERIFIED = "{\"cal\":true,\"standard\":true,\"compact\":true}";

    @BeforeEach
    void monday() {
        Scheduling.setClock("2030-01-07T06:00:00Z");
    }

    /** A paid workshop: its cancellations carry a refund decision. */
    private static long eventType(TestUser host, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Workshop", "price", 1500, "currency", "USD", "refundWindowHours", 12));
        body.putAll(extra);
        return Scheduling.eventType(host, body);
    }

    private static JsonPath book(long eventType, String start, String email) {
        return anonymous().body(Map.of("eventTypeId", eventType, "start", start, "attendee",
                Map.of("name", "Jane Doe", "email", email, "timeZone", "America/New_York"),
                "metadata", Map.of("immersio_student_id", "st-42", "registration_source", "immersio")))
                .post("/v2/bookings").then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath verified(Receiver.Received request, String secret, String trigger) throws Exception {
        assertEquals(VERIFIED, NodeVerifier.verify(request, secret), request.body());
        StandardWebhooksVerifier.verify(request, secret);
        org.junit.jupiter.api.Assertions.assertThrows(com.standardwebhooks.exceptions.WebhookVerificationException.class,
                () -> StandardWebhooksVerifier.verify(request, secret + "-wrong"));
        JsonPath body = JsonPath.from(request.body());
        assertEquals(trigger, body.getString("triggerEvent"), request.body());
        return body;
    }

    @Test
    void prdAcceptance84CreatedRescheduledAndCancelledArriveSigned() throws Exception {
        TestUser host = Scheduling.host("UTC");
        long eventType = eventType(host, Map.of());
        try (Receiver receiver = new Receiver()) {
            String secret = "whsec_booking-" + UUID.randomUUID();
            create(host, body(receiver.url("/cal"), Map.of("secret", secret,
                    "triggers", List.of("BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"))));
            String email = "jane-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            String uid = book(eventType, "2030-01-08T09:00:00Z", email).getString("data.uid");

            JsonPath created = verified(receiver.next(WAIT), secret, "BOOKING_CREATED");
            assertEquals(uid, created.getString("payload.uid"));
            assertEquals("2030-01-08T09:00:00.000Z", created.getString("payload.startTime"));
            assertEquals("2030-01-08T10:00:00.000Z", created.getString("payload.endTime"));
            assertEquals(host.email(), created.getString("payload.organizer.email"));
            assertEquals(email, created.getString("payload.attendees[0].email"));
            assertEquals("ACCEPTED", created.getString("payload.status"));
            assertEquals("st-42", created.getString("payload.metadata.immersio_student_id"));
            assertEquals(eventType, created.getLong("payload.eventTypeId"));

            String moved = anonymous().body(Map.of("start", "2030-01-08T11:00:00Z")).post("/v2/bookings/" + uid + "/reschedule").then()
                    .statusCode(201).extract().jsonPath().getString("data.uid");
            JsonPath rescheduled = verified(receiver.next(WAIT), secret, "BOOKING_RESCHEDULED");
            assertEquals(moved, rescheduled.getString("payload.uid"));
            assertEquals(uid, rescheduled.getString("payload.rescheduleUid"));
            assertEquals("2030-01-08T11:00:00.000Z", rescheduled.getString("payload.startTime"));

            anonymous().body(Map.of("cancellationReason", "cannot make it")).post("/v2/bookings/" + moved + "/cancel").then().statusCode(200);
            JsonPath cancelled = verified(receiver.next(WAIT), secret, "BOOKING_CANCELLED");
            assertEquals(moved, cancelled.getString("payload.uid"));
            assertEquals("CANCELLED", cancelled.getString("payload.status"));
            assertEquals("cannot make it", cancelled.getString("payload.cancellationReason"));
            assertEquals("attendee", cancelled.getString("payload.cancellation.cancelledByRole"));
            assertEquals("pending", cancelled.getString("payload.cancellation.refundStatus"));
            assertEquals(1500, cancelled.getInt("payload.cancellation.refundAmount"));
            receiver.expectNothing(Duration.ofSeconds(1));
        }
    }

    @Test
    void pendingBookingsAreRequestedThenCreatedOnConfirmOrRejected() throws Exception {
        TestUser host = Scheduling.host("UTC");
        long eventType = eventType(host, Map.of("confirmationPolicy", Map.of("type", "always", "blockUnconfirmedBookingsInBooker", false)));
        try (Receiver receiver = new Receiver()) {
            String secret = "whsec_pending-" + UUID.randomUUID();
            create(host, body(receiver.url("/cal"), Map.of("secret", secret,
                    "triggers", List.of("BOOKING_REQUESTED", "BOOKING_CREATED", "BOOKING_REJECTED"))));
            String accepted = book(eventType, "2030-01-08T09:00:00Z", "a-" + UUID.randomUUID() + "@example.com").getString("data.uid");
            assertEquals(accepted, verified(receiver.next(WAIT), secret, "BOOKING_REQUESTED").getString("payload.uid"));
            host.call().post("/v2/bookings/" + accepted + "/confirm").then().statusCode(200);
            assertEquals("ACCEPTED", verified(receiver.next(WAIT), secret, "BOOKING_CREATED").getString("payload.status"));

            String declined = book(eventType, "2030-01-08T11:00:00Z", "d-" + UUID.randomUUID() + "@example.com").getString("data.uid");
            verified(receiver.next(WAIT), secret, "BOOKING_REQUESTED");
            host.call().body(Map.of("reason", "double booked")).post("/v2/bookings/" + declined + "/decline").then().statusCode(200);
            JsonPath rejected = verified(receiver.next(WAIT), secret, "BOOKING_REJECTED");
            assertEquals("double booked", rejected.getString("payload.rejectionReason"));
        }
    }

    @Test
    void aCancelledSeatIsReportedWithItsHolderOnly() throws Exception {
        TestUser host = Scheduling.host("UTC");
        long eventType = eventType(host, Map.of("seats", Map.of("seatsPerTimeSlot", 3, "showAttendeeInfo", false,
                "showAvailabilityCount", true)));
        try (Receiver receiver = new Receiver()) {
            String secret = "whsec_seat-" + UUID.randomUUID();
            create(host, body(receiver.url("/cal"), Map.of("secret", secret, "triggers", List.of("BOOKING_CANCELLED"))));
            String leaving = "leaving-" + UUID.randomUUID() + "@example.com";
            JsonPath first = book(eventType, "2030-01-08T09:00:00Z", leaving);
            book(eventType, "2030-01-08T09:00:00Z", "staying-" + UUID.randomUUID() + "@example.com");
            anonymous().body(Map.of("seatUid", first.getString("data.seatUid"))).post("/v2/bookings/" + first.getString("data.uid")
                    + "/cancel").then().statusCode(200);
            JsonPath cancelled = verified(receiver.next(WAIT), secret, "BOOKING_CANCELLED");
            assertEquals(List.of(leaving), cancelled.getList("payload.attendees.email"));
            assertEquals(first.getString("data.seatUid"), cancelled.getString("payload.seatUid"));
            assertEquals("ACCEPTED", cancelled.getString("payload.status"));
        }
    }

    @Test
    void meetingEventsAreScheduledAtStartAndEndAndDroppedOnCancel() {
        TestUser host = Scheduling.host("UTC");
        long eventType = eventType(host, Map.of());
        long webhook = create(host, body("http://127.0.0.1:9/never-" + UUID.randomUUID(),
                Map.of("triggers", List.of("MEETING_STARTED", "MEETING_ENDED", "BOOKING_NO_SHOW_UPDATED")))).getLong("id");
        String uid = book(eventType, "2030-01-08T09:00:00Z", "m-" + UUID.randomUUID() + "@example.com").getString("data.uid");
        JsonPath log = host.call().get("/v2/webhooks/" + webhook + "/deliveries").then().statusCode(200).extract().jsonPath();
        assertEquals(2, log.getList("data").size(), log.prettify());
        assertTrue(log.getList("data.nextAttemptAt").containsAll(List.of("2030-01-08T09:00:00.000Z", "2030-01-08T10:00:00.000Z")),
                log.prettify());
        host.call().body(Map.of()).post("/v2/bookings/" + uid + "/cancel").then().statusCode(200);
        host.call().get("/v2/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                .body("data.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aSeatedMeetingEventListsThePeopleBookedWhenItIsSent() throws Exception {
        TestUser host = Scheduling.host("UTC");
        long eventType = eventType(host, Map.of("seats", Map.of("seatsPerTimeSlot", 3, "showAttendeeInfo", false,
                "showAvailabilityCount", true)));
        long webhook = create(host, body("http://127.0.0.1:9/never-" + UUID.randomUUID(),
                Map.of("triggers", List.of("MEETING_STARTED")))).getLong("id");
        String first = "first-" + UUID.randomUUID() + "@example.com";
        String second = "second-" + UUID.randomUUID() + "@example.com";
        JsonPath seat = book(eventType, "2030-01-08T09:00:00Z", first);
        book(eventType, "2030-01-08T09:00:00Z", second);
        assertEquals(List.of(first, second), scheduledAttendees(webhook));
        anonymous().body(Map.of("seatUid", seat.getString("data.seatUid"))).post("/v2/bookings/" + seat.getString("data.uid")
                + "/cancel").then().statusCode(200);
        assertEquals(List.of(second), scheduledAttendees(webhook));
    }

    /** The attendees in the one MEETING_STARTED delivery waiting for the webhook. */
    private List<String> scheduledAttendees(long webhook) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT body FROM webhook_deliveries WHERE webhook_id = ? AND status = 'pending'")) {
            statement.setLong(1, webhook);
            try (var rows = statement.executeQuery()) {
                List<String> bodies = new java.util.ArrayList<>();
                while (rows.next()) {
                    bodies.add(rows.getString(1));
                }
                assertEquals(1, bodies.size(), bodies.toString());
                return JsonPath.from(bodies.get(0)).getList("payload.attendees.email");
            }
        }
    }
}
