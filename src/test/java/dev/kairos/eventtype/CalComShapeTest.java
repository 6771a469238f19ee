package dev.kairos.eventtype;

import static dev.kairos.eventtype.EventTypeFixtures.body;
import static dev.kairos.eventtype.EventTypeFixtures.create;
import static dev.kairos.testing.CalComSchemas.assertRequired;
import static dev.kairos.testing.CalComSchemas.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Responses carry every field Cal.com's own schemas (../shared/calcom-openapi) mark as required,
 * null only where Cal.com allows null: the event type, each booking field and location by kind,
 * and the nested settings.
 */
@QuarkusTest
class CalComShapeTest {

    @Test
    void aMinimalEventTypeHasEveryRequiredField() {
        TestUser user = Api.newUser();
        JsonNode created = parse(user.call().body(body(Map.of())).post("/v2/event-types").then().statusCode(201)
                .extract().asString());
        assertEnvelope("CreateEventTypeOutput_2024_06_14", created);
        assertEventType(created.path("data"));
    }

    @Test
    void anEventTypeWithEverySettingHasEveryRequiredField() {
        TestUser user = Api.newUser();
        long id = create(user, EventTypeBodies.everyField(Rows.schedule(user.id())));
        JsonNode fetched = parse(user.call().get("/v2/event-types/" + id).then().statusCode(200).extract().asString());
        assertEnvelope("GetEventTypeOutput_2024_06_14", fetched);
        JsonNode data = fetched.path("data");
        assertEventType(data);
        assertRequired("BaseBookingLimitsCount_2024_06_14", data.path("bookingLimitsCount"), "bookingLimitsCount");
        assertRequired("BusinessDaysWindow_2024_06_14", data.path("bookingWindow"), "bookingWindow");
        assertRequired("Recurrence_2024_06_14", data.path("recurrence"), "recurrence");
        assertRequired("BaseConfirmationPolicy_2024_06_14", data.path("confirmationPolicy"), "confirmationPolicy");
        assertRequired("NoticeThreshold_2024_06_14", data.path("confirmationPolicy").path("noticeThreshold"), "noticeThreshold");
        assertRequired("BookerLayouts_2024_06_14", data.path("bookerLayouts"), "bookerLayouts");
        assertRequired("EventTypeColor_2024_06_14", data.path("color"), "color");
        assertRequired("DestinationCalendar_2024_06_14", data.path("destinationCalendar"), "destinationCalendar");
        assertEquals(19, data.path("bookingFields").size());
        assertEquals(7, data.path("locations").size());
    }

    @Test
    void seatsListsAndDeletionsHaveCalComsShape() {
        TestUser user = Api.newUser();
        long id = create(user, Map.of("seats", Map.of("seatsPerTimeSlot", 4, "showAttendeeInfo", false, "showAvailabilityCount", true),
                "bookingWindow", Map.of("type", "range", "value", java.util.List.of("2030-01-01", "2030-01-31"))));
        JsonNode list = parse(user.call().get("/v2/event-types").then().statusCode(200).extract().asString());
        assertEnvelope("GetEventTypesOutput_2024_06_14", list);
        JsonNode data = list.path("data").get(0);
        assertEventType(data);
        assertRequired("Seats_2024_06_14", data.path("seats"), "seats");
        assertRequired("RangeWindow_2024_06_14", data.path("bookingWindow"), "bookingWindow");
        assertEquals(4, data.path("seatsPerTimeSlot").asInt());
        assertTrue(data.path("seatsShowAvailabilityCount").asBoolean());
        JsonNode deleted = parse(user.call().delete("/v2/event-types/" + id).then().statusCode(200).extract().asString());
        assertEnvelope("DeleteEventTypeOutput_2024_06_14", deleted);
        assertRequired("DeleteData_2024_06_14", deleted.path("data"), "data");
    }

    private static void assertEnvelope(String schema, JsonNode envelope) {
        assertRequired(schema, envelope, "envelope");
        assertEquals("success", envelope.path("status").asText());
    }

    private static void assertEventType(JsonNode eventType) {
        assertRequired("EventTypeOutput_2024_06_14", eventType, "event type");
        for (JsonNode field : eventType.path("bookingFields")) {
            assertRequired(bookingFieldSchema(field), field, "booking field " + field.path("slug").asText());
        }
        for (JsonNode location : eventType.path("locations")) {
            assertRequired(locationSchema(location.path("type").asText()), location, "location " + location.path("type").asText());
        }
    }

    private static String bookingFieldSchema(JsonNode field) {
        if (field.path("isDefault").asBoolean()) {
            String slug = field.path("slug").asText();
            return switch (slug) {
                case "rescheduleReason" -> "RescheduleReasonDefaultFieldOutput_2024_06_14";
                default -> Character.toUpperCase(slug.charAt(0)) + slug.substring(1) + "DefaultFieldOutput_2024_06_14";
            };
        }
        return switch (field.path("type").asText()) {
            case "textarea" -> "TextAreaFieldOutput_2024_06_14";
            case "multiselect" -> "MultiSelectFieldOutput_2024_06_14";
            case "multiemail" -> "MultiEmailFieldOutput_2024_06_14";
            case "checkbox" -> "CheckboxGroupFieldOutput_2024_06_14";
            case "radio" -> "RadioGroupFieldOutput_2024_06_14";
            default -> {
                String type = field.path("type").asText();
                yield Character.toUpperCase(type.charAt(0)) + type.substring(1) + "FieldOutput_2024_06_14";
            }
        };
    }

    private static String locationSchema(String type) {
        return switch (type) {
            case "address", "link", "integration", "phone" ->
                "Output" + Character.toUpperCase(type.charAt(0)) + type.substring(1) + "Location_2024_06_14";
            // Cal.com's output union has no attendee-specific shape: they match the type-only one.
            default -> "OutputOrganizersDefaultAppLocation_2024_06_14";
        };
    }
}
