package dev.kairos.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadTemplateTest {

    private static final Map<String, Object> EVENT = Map.of(
            "triggerEvent", "BOOKING_CREATED",
            "createdAt", "2025-11-15T14:05:23.000Z",
            "payload", Map.of(
                    "uid", "bk_abc123",
                    "startTime", "2025-11-15T14:00:00.000Z",
                    "organizer", Map.of("name", "John \"JJ\" Smith"),
                    "attendees", List.of(Map.of("email", "jane@example.com", "name", "Jane"), Map.of("email", "bob@example.com", "name", "Bob")),
                    "seats", 3));

    @Test
    void rendersThePrdExample() {
        String template = """
                {"eventName":"{{triggerEvent}}","bookingId":"{{payload.uid}}","customerEmail":"{{payload.attendees[0].email}}",\
                "meetingStart":"{{payload.startTime}}","customMessage":"Meeting scheduled with {{payload.organizer.name}}"}""";
        assertEquals("{\"eventName\":\"BOOKING_CREATED\",\"bookingId\":\"bk_abc123\",\"customerEmail\":\"jane@example.com\","
                + "\"meetingStart\":\"2025-11-15T14:00:00.000Z\",\"customMessage\":\"Meeting scheduled with John \\\"JJ\\\" Smith\"}",
                PayloadTemplate.compile(template).render(EVENT));
    }

    @Test
    void acceptsMustacheIndexesSectionsAndRawValues() {
        assertEquals("bob@example.com", PayloadTemplate.compile("{{payload.attendees.1.email}}").render(EVENT));
        assertEquals("Jane,Bob,", PayloadTemplate.compile("{{#payload.attendees}}{{name}},{{/payload.attendees}}").render(EVENT));
        assertEquals("{\"n\":3}", PayloadTemplate.compile("{\"n\":{{{payload.seats}}}}").render(EVENT));
        assertEquals("", PayloadTemplate.compile("{{payload.attendees[5].email}}").render(EVENT));
    }

    @Test
    void eachTemplateRendersItself() {
        assertEquals("a:bk_abc123", PayloadTemplate.compile("a:{{payload.uid}}").render(EVENT));
        assertEquals("b:BOOKING_CREATED", PayloadTemplate.compile("b:{{triggerEvent}}").render(EVENT));
    }

    @Test
    void refusesBrokenTemplates() {
        assertThrows(IllegalArgumentException.class, () -> PayloadTemplate.compile("{\"x\":\"{{#payload.attendees}}\"}"));
        assertThrows(IllegalArgumentException.class, () -> PayloadTemplate.compile("{{/payload}}"));
    }
}
