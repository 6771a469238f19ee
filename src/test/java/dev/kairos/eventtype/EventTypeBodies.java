package dev.kairos.eventtype;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request body that sets every event type field, and the checks that all of them come back. */
final class EventTypeBodies {

    static final List<String> CUSTOM_TYPES = List.of("phone", "address", "text", "number", "textarea", "select", "multiselect",
            "multiemail", "checkbox", "radio", "boolean", "url");

    private EventTypeBodies() {
    }

    static Map<String, Object> everyField(long scheduleId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Flan masterclass");
        body.put("description", "Make the best flan");
        body.put("lengthInMinutes", 60);
        body.put("lengthInMinutesOptions", List.of(30, 60, 90));
        body.put("locations", List.of(
                Map.of("type", "address", "address", "1 Calle Florida, Buenos Aires", "public", true),
                Map.of("type", "link", "link", "https://meet.example.com/flan", "public", false),
                Map.of("type", "integration", "integration", "zoom"),
                Map.of("type", "phone", "phone", "+37120993151", "public", true),
                Map.of("type", "attendeeAddress"), Map.of("type", "attendeePhone"), Map.of("type", "attendeeDefined")));
        body.put("bookingFields", bookingFields());
        body.put("disableGuests", true);
        body.put("slotInterval", 15);
        body.put("minimumBookingNotice", 120);
        body.put("beforeEventBuffer", 10);
        body.put("afterEventBuffer", 5);
        body.put("scheduleId", scheduleId);
        body.put("bookingLimitsCount", Map.of("day", 2, "week", 5, "month", 10, "year", 50));
        body.put("bookingLimitsDuration", Map.of("day", 120, "week", 600));
        body.put("onlyShowFirstAvailableSlot", true);
        body.put("bookingWindow", Map.of("type", "businessDays", "value", 10, "rolling", true));
        body.put("offsetStart", 5);
        body.put("recurrence", Map.of("interval", 2, "occurrences", 6, "frequency", "weekly"));
        body.put("confirmationPolicy", Map.of("type", "time", "noticeThreshold", Map.of("unit", "hours", "count", 24),
                "blockUnconfirmedBookingsInBooker", true));
        body.put("hidden", true);
        body.put("price", 2500);
        body.put("currency", "EUR");
        body.put("metadata", Map.of("course", "flan-101", "level", 2));
        body.put("whitelist", Map.of("enabled", true));
        body.put("refundWindowHours", 48);
        body.put("cancellationNoticeHours", 12);
        body.put("bookerLayouts", Map.of("defaultLayout", "month", "enabledLayouts", List.of("month", "week")));
        body.put("color", Map.of("lightThemeHex", "#292929", "darkThemeHex", "#FAFAFA"));
        body.put("customName", "{Event type title} with {Scheduler}");
        body.put("destinationCalendar", Map.of("integration", "google_calendar", "externalId", "primary"));
        body.put("useDestinationCalendarEmail", true);
        body.put("hideCalendarNotes", true);
        body.put("hideCalendarEventDetails", true);
        body.put("hideOrganizerEmail", true);
        body.put("requiresBookerEmailVerification", true);
        body.put("lockTimeZoneToggleOnBookingPage", true);
        body.put("successRedirectUrl", "https://example.com/thanks");
        body.put("forwardParamsSuccessRedirect", false);
        return body;
    }

    /** The default fields changed, then one custom field of every custom type. */
    private static List<Map<String, Object>> bookingFields() {
        List<Map<String, Object>> fields = new java.util.ArrayList<>();
        fields.add(Map.of("type", "name", "label", "Full name", "placeholder", "Ada Lovelace"));
        fields.add(Map.of("type", "email", "label", "Work email", "placeholder", "ada@example.com"));
        fields.add(Map.of("slug", "notes", "required", true, "label", "What should we cook?"));
        for (String type : CUSTOM_TYPES) {
            Map<String, Object> field = new LinkedHashMap<>(Map.of("type", type, "slug", "my-" + type, "label", "The " + type,
                    "required", type.equals("text"), "hidden", type.equals("url")));
            if (List.of("select", "multiselect", "checkbox", "radio").contains(type)) {
                field.put("options", List.of("Option A", "Option B"));
            }
            if (type.equals("text")) {
                field.put("placeholder", "Type here");
                field.put("disableOnPrefill", true);
            }
            fields.add(field);
        }
        return fields;
    }

    static void assertEveryField(ValidatableResponse response, Map<String, Object> body, long scheduleId) {
        response.body("data.title", equalTo("Flan masterclass"))
                .body("data.slug", equalTo(body.get("slug")))
                .body("data.description", equalTo("Make the best flan"))
                .body("data.lengthInMinutes", equalTo(60))
                .body("data.lengthInMinutesOptions", contains(30, 60, 90))
                .body("data.locations", equalTo(body.get("locations")))
                .body("data.bookingFields.slug", contains("name", "email", "location", "title", "notes", "guests",
                        "rescheduleReason", "my-phone", "my-address", "my-text", "my-number", "my-textarea", "my-select",
                        "my-multiselect", "my-multiemail", "my-checkbox", "my-radio", "my-boolean", "my-url"))
                .body("data.bookingFields[0].label", equalTo("Full name"))
                .body("data.bookingFields[0].placeholder", equalTo("Ada Lovelace"))
                .body("data.bookingFields[0].required", equalTo(true))
                .body("data.bookingFields[1].label", equalTo("Work email"))
                .body("data.bookingFields[4].required", equalTo(true))
                .body("data.bookingFields[4].label", equalTo("What should we cook?"))
                .body("data.bookingFields[5].hidden", equalTo(true))
                .body("data.bookingFields.type", contains("name", "email", "radioInput", "text", "textarea", "multiemail",
                        "textarea", "phone", "address", "text", "number", "textarea", "select", "multiselect", "multiemail",
                        "checkbox", "radio", "boolean", "url"))
                .body("data.bookingFields.findAll { !it.isDefault }.required",
                        equalTo(List.of(false, false, true, false, false, false, false, false, false, false, false, false)))
                .body("data.bookingFields.findAll { !it.isDefault }.hidden",
                        equalTo(List.of(false, false, false, false, false, false, false, false, false, false, false, true)))
                .body("data.bookingFields.find { it.slug == 'my-select' }.options", contains("Option A", "Option B"))
                .body("data.bookingFields.find { it.slug == 'my-text' }.placeholder", equalTo("Type here"))
                .body("data.bookingFields.find { it.slug == 'my-text' }.disableOnPrefill", equalTo(true))
                .body("data.disableGuests", equalTo(true))
                .body("data.slotInterval", equalTo(15))
                .body("data.minimumBookingNotice", equalTo(120))
                .body("data.beforeEventBuffer", equalTo(10))
                .body("data.afterEventBuffer", equalTo(5))
                .body("data.scheduleId", equalTo((int) scheduleId))
                .body("data.bookingLimitsCount", equalTo(Map.of("day", 2, "week", 5, "month", 10, "year", 50)))
                .body("data.bookingLimitsDuration", equalTo(Map.of("day", 120, "week", 600)))
                .body("data.onlyShowFirstAvailableSlot", equalTo(true))
                .body("data.bookingWindow", equalTo(Map.of("type", "businessDays", "value", 10, "rolling", true)))
                .body("data.offsetStart", equalTo(5))
                .body("data.recurrence", equalTo(Map.of("interval", 2, "occurrences", 6, "frequency", "weekly")))
                .body("data.confirmationPolicy", equalTo(body.get("confirmationPolicy")))
                .body("data.requiresConfirmation", equalTo(true))
                .body("data.hidden", equalTo(true))
                .body("data.price", equalTo(2500))
                .body("data.currency", equalTo("eur"))
                .body("data.metadata", equalTo(Map.of("course", "flan-101", "level", 2)))
                .body("data.whitelist.enabled", equalTo(true))
                .body("data.refundWindowHours", equalTo(48))
                .body("data.cancellationNoticeHours", equalTo(12))
                .body("data.bookerLayouts", equalTo(body.get("bookerLayouts")))
                .body("data.color", equalTo(body.get("color")))
                .body("data.customName", equalTo("{Event type title} with {Scheduler}"))
                .body("data.destinationCalendar", equalTo(body.get("destinationCalendar")))
                .body("data.useDestinationCalendarEmail", equalTo(true))
                .body("data.hideCalendarNotes", equalTo(true))
                .body("data.hideCalendarEventDetails", equalTo(true))
                .body("data.hideOrganizerEmail", equalTo(true))
                .body("data.requiresBookerEmailVerification", equalTo(true))
                .body("data.lockTimeZoneToggleOnBookingPage", equalTo(true))
                .body("data.successRedirectUrl", equalTo("https://example.com/thanks"))
                .body("data.forwardParamsSuccessRedirect", equalTo(false));
    }
}
