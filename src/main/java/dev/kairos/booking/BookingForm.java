package dev.kairos.booking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.booking.api.BookingInputs;
import dev.kairos.eventtype.BookingField;
import dev.kairos.eventtype.Location;
import dev.kairos.platform.error.ApiException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what a booker fills in against the event type's booking form: guests, location, answers
 * to the booking fields and metadata. Plain Java; every refusal is a 422 naming the field.
 */
final class BookingForm {

    static final int MAX_METADATA_KEYS = 50;
    static final int MAX_METADATA_KEY_LENGTH = 40;
    static final int MAX_METADATA_VALUE_LENGTH = 500;
    static final int MAX_TEXT = 1000;
    static final int MAX_TEXTAREA = 10_000;
    static final int MAX_ITEMS = 100;
    private static final Pattern EMAIL = Pattern.compile(BookingInputs.EMAIL);
    private static final Pattern PHONE = Pattern.compile(BookingInputs.PHONE);
    /** Default fields answered elsewhere in the request: attendee, location and guests. */
    private static final Set<String> ANSWERED_ELSEWHERE = Set.of("name", "email", "location", "guests");
    private static final Set<String> HOST_DEFINED = Set.of("address", "link", "phone", "integration", "organizersDefaultApp");

    /** What the booker filled in, checked and normalised. */
    record Answers(String location, List<String> guests, Map<String, Object> responses, Map<String, Object> metadata) {
    }

    private final List<BookingField> fields;
    private final List<Location> locations;
    private final boolean disableGuests;

    BookingForm(List<BookingField> fields, List<Location> locations, boolean disableGuests) {
        this.fields = fields;
        this.locations = locations;
        this.disableGuests = disableGuests;
    }

    Answers check(AttendeeDetails attendee, List<String> guests, JsonNode location, Map<String, Object> responses,
            Map<String, Object> metadata) {
        if (attendee.email() == null || attendee.email().isBlank()) {
            throw ApiException.validation("attendee.email", "is required: the attendee's email address");
        }
        return new Answers(location(location), guests(attendee.email(), guests), responses(responses, attendee),
                metadata(metadata));
    }

    List<String> guests(String attendeeEmail, List<String> guests) {
        if (guests == null || guests.isEmpty()) {
            return List.of();
        }
        if (disableGuests || field("guests").map(f -> Boolean.TRUE.equals(f.hidden())).orElse(false)) {
            throw ApiException.validation("guests", "this event type does not allow guests; leave guests out");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String guest : guests) {
            String normalised = guest.trim().toLowerCase(Locale.ROOT);
            if (!normalised.equals(attendeeEmail.trim().toLowerCase(Locale.ROOT))) {
                unique.add(normalised);
            }
        }
        return List.copyOf(unique);
    }

    /** The booking's location text: the host's own value, or what the attendee gave for an attendee-defined location. */
    String location(JsonNode given) {
        if (given == null || given.isNull()) {
            if (locations.isEmpty()) {
                return null;
            }
            return locations.stream().filter(l -> HOST_DEFINED.contains(l.type())).findFirst().map(BookingForm::hostValue)
                    .orElseThrow(() -> ApiException.validation("location", "is required: this event type asks the attendee for "
                            + locations.get(0).type() + "; send {\"type\":\"" + locations.get(0).type() + "\", ...}"));
        }
        if (given.isTextual()) {
            String text = given.asText();
            // Only a host's own value can be named by text: an attendee-defined type needs the attendee's value.
            return locations.stream().filter(l -> HOST_DEFINED.contains(l.type())).map(BookingForm::hostValue).filter(text::equals)
                    .findFirst()
                    .orElseThrow(() -> ApiException.validation("location", "'" + text + "' is not one of the event type's locations; "
                            + "send a location object such as {\"type\":\"" + (locations.isEmpty() ? "address" : locations.get(0).type())
                            + "\"}"));
        }
        if (!given.isObject() || !given.path("type").isTextual()) {
            throw ApiException.validation("location", "must be an object with a type, e.g. {\"type\":\"attendeePhone\",\"phone\":\"+44...\"}");
        }
        String type = given.path("type").asText();
        List<Location> ofType = locations.stream().filter(l -> l.type().equals(type)).toList();
        if (ofType.isEmpty()) {
            throw ApiException.validation("location.type", "'" + type + "' is not a location of this event type; it offers "
                    + locations.stream().map(Location::type).distinct().toList());
        }
        return switch (type) {
            case "attendeeAddress" -> attendeeText(given, "address", MAX_TEXT);
            case "attendeeDefined" -> attendeeText(given, "location", MAX_TEXT);
            case "attendeePhone" -> {
                String phone = attendeeText(given, "phone", 30);
                if (!PHONE.matcher(phone).matches()) {
                    throw ApiException.validation("location.phone", "must be a phone number in international format, e.g. +447700900123");
                }
                yield phone;
            }
            case "integration" -> {
                String integration = given.path("integration").asText(null);
                yield ofType.stream().filter(l -> integration == null || l.integration().equals(integration)).findFirst()
                        .map(BookingForm::hostValue)
                        .orElseThrow(() -> ApiException.validation("location.integration", "'" + integration
                                + "' is not an integration of this event type"));
            }
            default -> hostValue(ofType.get(0));
        };
    }

    private static String attendeeText(JsonNode given, String property, int max) {
        JsonNode value = given.path(property);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiException.validation("location." + property, "is required for a location of type " + given.path("type").asText());
        }
        if (value.asText().length() > max) {
            throw ApiException.validation("location." + property, "must be at most " + max + " characters");
        }
        return value.asText().trim();
    }

    private static String hostValue(Location location) {
        return switch (location.type()) {
            case "address" -> location.address();
            case "link" -> location.link();
            case "phone" -> location.phone();
            case "integration" -> "integrations:" + location.integration();
            default -> location.type();
        };
    }

    Map<String, Object> responses(Map<String, Object> given, AttendeeDetails attendee) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, Object> asked = given == null ? Map.of() : given;
        for (Map.Entry<String, Object> entry : asked.entrySet()) {
            String slug = entry.getKey();
            BookingField field = field(slug).orElseThrow(() -> ApiException.validation("bookingFieldsResponses." + slug,
                    "is not a booking field of this event type"));
            if (ANSWERED_ELSEWHERE.contains(slug)) {
                throw ApiException.validation("bookingFieldsResponses." + slug, "is answered by the request's own "
                        + ("name".equals(slug) || "email".equals(slug) ? "attendee." + slug : slug) + " field");
            }
            if (entry.getValue() != null) {
                answers.put(slug, answer(field, entry.getValue()));
            }
        }
        if (!answers.containsKey("attendeePhoneNumber") && attendee.phoneNumber() != null && field("attendeePhoneNumber").isPresent()) {
            answers.put("attendeePhoneNumber", attendee.phoneNumber());
        }
        for (BookingField field : fields) {
            boolean required = Boolean.TRUE.equals(field.required()) && !Boolean.TRUE.equals(field.hidden());
            if (required && !ANSWERED_ELSEWHERE.contains(field.slug()) && isEmpty(answers.get(field.slug()))) {
                throw ApiException.validation("bookingFieldsResponses." + field.slug(), "is required: " + field.label());
            }
        }
        return answers;
    }

    private Object answer(BookingField field, Object value) {
        String at = "bookingFieldsResponses." + field.slug();
        String type = field.type();
        switch (type) {
            case "number" -> {
                if (!(value instanceof Number)) {
                    throw ApiException.validation(at, "must be a number");
                }
                return value;
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    throw ApiException.validation(at, "must be true or false");
                }
                return value;
            }
            case "checkbox", "multiselect", "multiemail" -> {
                List<String> items = strings(at, value);
                for (String item : items) {
                    if ("multiemail".equals(type) ? !EMAIL.matcher(item).matches() : !field.options().contains(item)) {
                        throw ApiException.validation(at, "multiemail".equals(type) ? "'" + item + "' is not an email address"
                                : "'" + item + "' is not one of the options " + field.options());
                    }
                }
                return items;
            }
            default -> {
                if (!(value instanceof String text)) {
                    throw ApiException.validation(at, "must be a string");
                }
                int max = "textarea".equals(type) ? MAX_TEXTAREA : MAX_TEXT;
                if (text.length() > max) {
                    throw ApiException.validation(at, "must be at most " + max + " characters");
                }
                checkText(field, at, text);
                return text;
            }
        }
    }

    private static void checkText(BookingField field, String at, String text) {
        switch (field.type()) {
            case "select", "radio" -> {
                if (!field.options().contains(text)) {
                    throw ApiException.validation(at, "'" + text + "' is not one of the options " + field.options());
                }
            }
            case "phone" -> {
                if (!PHONE.matcher(text).matches()) {
                    throw ApiException.validation(at, "must be a phone number in international format, e.g. +447700900123");
                }
            }
            case "email" -> {
                if (!EMAIL.matcher(text).matches()) {
                    throw ApiException.validation(at, "must be an email address");
                }
            }
            case "url" -> {
                if (!isHttpUrl(text)) {
                    throw ApiException.validation(at, "must be an absolute http or https URL");
                }
            }
            default -> {
                // free text
            }
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static List<String> strings(String at, Object value) {
        if (!(value instanceof Collection<?> items) || items.size() > MAX_ITEMS) {
            throw ApiException.validation(at, "must be a list of at most " + MAX_ITEMS + " strings");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String text)) {
                throw ApiException.validation(at, "must be a list of strings");
            }
            strings.add(text);
        }
        return strings;
    }

    private static boolean isEmpty(Object answer) {
        return answer == null || answer instanceof String text && text.isBlank()
                || answer instanceof Collection<?> items && items.isEmpty();
    }

    static Map<String, Object> metadata(Map<String, Object> metadata) {
        if (metadata == null) {
            return Map.of();
        }
        if (metadata.size() > MAX_METADATA_KEYS) {
            throw ApiException.validation("metadata", "must have at most " + MAX_METADATA_KEYS + " keys, got " + metadata.size());
        }
        for (Map.Entry<String, Object> entry : metadata.entrySet()) {
            String key = entry.getKey();
            if (key.isEmpty() || key.length() > MAX_METADATA_KEY_LENGTH) {
                throw ApiException.validation("metadata", "key '" + abbreviate(key) + "' must be 1 to " + MAX_METADATA_KEY_LENGTH
                        + " characters");
            }
            Object value = entry.getValue();
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw ApiException.validation("metadata." + key, "must be a string, number or boolean");
            }
            if (String.valueOf(value).length() > MAX_METADATA_VALUE_LENGTH) {
                throw ApiException.validation("metadata." + key, "must be at most " + MAX_METADATA_VALUE_LENGTH + " characters");
            }
        }
        return metadata;
    }

    private static String abbreviate(String key) {
        return key.length() > 50 ? key.substring(0, 50) + "..." : key;
    }

    private java.util.Optional<BookingField> field(String slug) {
        return fields.stream().filter(f -> slug.equals(f.slug())).findFirst();
    }
}
