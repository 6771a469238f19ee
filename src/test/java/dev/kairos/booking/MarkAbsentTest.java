package dev.kairos.booking;

import static dev.kairos.booking.BookingFixtures.MONDAY_NOW;
import static dev.kairos.booking.BookingFixtures.TUESDAY_9;
import static dev.kairos.booking.BookingFixtures.book;
import static dev.kairos.testing.Scheduling.eventType;
import static dev.kairos.testing.Scheduling.host;
import static dev.kairos.booking.BookingFixtures.request;
import static dev.kairos.testing.Scheduling.setClock;
import static dev.kairos.testing.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;

import dev.kairos.admin.FixedClockProfile;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /v2/bookings/{uid}/mark-absent}: the host records no-shows once the booking has started. */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class MarkAbsentTest {

    @BeforeEach
    void monday() {
        setClock(MONDAY_NOW);
    }

    private static String attendeeEmail(Map<String, Object> request) {
        return ((Map<?, ?>) request.get("attendee")).get("email").toString();
    }

    @Test
    void beforeTheStartItIsAConflict() {
        TestUser host = host("UTC");
        Map<String, Object> body = request(eventType(host, Map.of()), TUESDAY_9, Map.of());
        String uid = book(body).statusCode(201).extract().jsonPath().getString("data.uid");
        Map<String, Object> marks = Map.of("host", true, "attendees", List.of(Map.of("email", attendeeEmail(body), "absent", true)));
        host.call().body(marks).post("/v2/bookings/" + uid + "/mark-absent").then().statusCode(409)
                .body("status", equalTo("error")).body("error.code", equalTo("CONFLICT"));
        // One second before the start is still before it.
        setClock("2030-01-08T08:59:59Z");
        host.call().body(marks).post("/v2/bookings/" + uid + "/mark-absent").then().statusCode(409);
        host.call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.absentHost", equalTo(false))
                .body("data.attendees[0].absent", equalTo(false));
    }

    @Test
    void afterTheStartTheHostMarksAbsencesAndTheBookingShowsThem() {
        TestUser host = host("UTC");
        Map<String, Object> body = request(eventType(host, Map.of()), TUESDAY_9, Map.of());
        String uid = book(body).statusCode(201).extract().jsonPath().getString("data.uid");
        setClock(TUESDAY_9);
        // Matched case-insensitively, as emails are.
        String shouted = attendeeEmail(body).toUpperCase(java.util.Locale.ROOT);
        host.call().body(Map.of("host", true, "attendees", List.of(Map.of("email", shouted, "absent", true))))
                .post("/v2/bookings/" + uid + "/mark-absent").then().statusCode(200)
                .body("status", equalTo("success"))
                .body("data.uid", equalTo(uid))
                .body("data.absentHost", equalTo(true))
                .body("data.attendees[0].absent", equalTo(true))
                .body("data.updatedAt", equalTo("2030-01-08T09:00:00.000Z"));
        host.call().get("/v2/bookings/" + uid).then().statusCode(200)
                .body("data.absentHost", equalTo(true))
                .body("data.attendees[0].absent", equalTo(true));
        anonymous().get("/v2/bookings/" + uid).then().body("data.absentHost", equalTo(true));

        // Marks can be taken back, and leaving host out keeps it as it was.
        setClock("2030-01-08T11:00:00Z");
        host.call().body(Map.of("attendees", List.of(Map.of("email", attendeeEmail(body), "absent", false))))
                .post("/v2/bookings/" + uid + "/mark-absent").then().statusCode(200)
                .body("data.absentHost", equalTo(true))
                .body("data.attendees[0].absent", equalTo(false));
    }

    @Test
    void anUnknownAttendeeEmailIsAValidationErrorAndChangesNothing() {
        TestUser host = host("UTC");
        Map<String, Object> body = request(eventType(host, Map.of()), TUESDAY_9, Map.of());
        String uid = book(body).statusCode(201).extract().jsonPath().getString("data.uid");
        setClock("2030-01-08T09:30:00Z");
        host.call().body(Map.of("host", true, "attendees", List.of(Map.of("email", attendeeEmail(body), "absent", true),
                Map.of("email", "stranger@example.com", "absent", true))))
                .post("/v2/bookings/" + uid + "/mark-absent").then().statusCode(422)
                .body("status", equalTo("error"))
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details[0].field", equalTo("attendees[1].email"));
        host.call().get("/v2/bookings/" + uid).then()
                .body("data.absentHost", equalTo(false))
                .body("data.attendees[0].absent", equalTo(false));
    }

    @Test
    void anAttendeeWithoutAnAbsentFlagIsAValidationError() {
        TestUser host = host("UTC");
        Map<String, Object> body = request(eventType(host, Map.of()), TUESDAY_9, Map.of());
        String uid = book(body).statusCode(201).extract().jsonPath().getString("data.uid");
        setClock("2030-01-08T09:30:00Z");
        host.call().body(Map.of("attendees", List.of(Map.of("email", attendeeEmail(body)))))
                .post("/v2/bookings/" + uid + "/mark-absent").then().statusCode(422)
                .body("error.code", equalTo("VALIDATION_ERROR"));
    }
}
