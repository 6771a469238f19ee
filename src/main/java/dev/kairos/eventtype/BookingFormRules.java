package dev.kairos.eventtype;

import dev.kairos.eventtype.api.BookingFieldInput;
import dev.kairos.platform.error.ApiException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The booking form of an event type: checks the fields an owner gives (Cal.com's booking field
 * inputs) and completes them with the default fields every form has.
 */
public final class BookingFormRules {

    private static final String SLUG = "[A-Za-z][A-Za-z0-9_-]{0,63}";
    private static final Map<String, BookingField> DEFAULTS = defaults();

    private BookingFormRules() {
    }

    /** The fields to store, or a 422 naming the first one that is wrong. */
    static List<BookingField> normalize(List<BookingFieldInput> inputs) {
        List<BookingField> fields = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String at = "bookingFields[" + i + "].";
            BookingField field = normalize(inputs.get(i), at);
            if (!slugs.add(field.slug())) {
                throw ApiException.validation(at + "slug", "'" + field.slug() + "' is used by another booking field; slugs must be unique");
            }
            fields.add(field);
        }
        checkEmailOptionalOnlyWithPhone(fields);
        return fields;
    }

    /** Every field of the form in order: the default ones (with the owner's changes), then the custom ones. */
    public static List<BookingField> effective(List<BookingField> stored, boolean disableGuests) {
        Map<String, BookingField> bySlug = new LinkedHashMap<>();
        DEFAULTS.forEach(bySlug::put);
        List<BookingField> custom = new ArrayList<>();
        for (BookingField field : stored) {
            if (field.isDefault()) {
                bySlug.computeIfPresent(field.slug(), (slug, base) -> base.overriddenBy(field));
            } else {
                custom.add(field);
            }
        }
        if (disableGuests) {
            bySlug.computeIfPresent("guests", (slug, base) -> base.overriddenBy(hiddenField()));
        }
        List<BookingField> all = new ArrayList<>(bySlug.values());
        all.addAll(custom);
        return all;
    }

    private static BookingField normalize(BookingFieldInput in, String at) {
        String slug = in.slug() != null ? in.slug() : in.name();
        if ("name".equals(in.type()) || "email".equals(in.type())) {
            if (slug != null && !slug.equals(in.type())) {
                throw ApiException.validation(at + "slug", "the default " + in.type() + " field has the slug " + in.type());
            }
            if ("name".equals(in.type()) && (Boolean.FALSE.equals(in.required()) || Boolean.TRUE.equals(in.hidden()))) {
                throw ApiException.validation(at + "required", "the name field is always required and shown");
            }
            return new BookingField(in.type(), in.type(), in.label(), in.required(), in.placeholder(), null, in.hidden(),
                    in.disableOnPrefill());
        }
        if (slug == null) {
            throw ApiException.validation(at + "slug", "is required: a unique identifier such as how-did-you-hear");
        }
        if (DEFAULTS.containsKey(slug)) {
            return defaultOverride(in, slug, at);
        }
        return custom(in, slug, at);
    }

    private static BookingField defaultOverride(BookingFieldInput in, String slug, String at) {
        BookingField base = DEFAULTS.get(slug);
        if ("location".equals(slug) || "name".equals(slug) || "email".equals(slug)) {
            throw ApiException.validation(at + "slug", "'" + slug + "' is a default field"
                    + ("location".equals(slug) ? " that follows the event type's locations" : "; change it with type " + slug));
        }
        if (in.type() != null && !in.type().equals(base.type())) {
            throw ApiException.validation(at + "type", "the default field " + slug + " has type " + base.type());
        }
        if (in.options() != null) {
            throw ApiException.validation(at + "options", "the default field " + slug + " has no options");
        }
        return new BookingField(base.type(), slug, in.label(), in.required(), in.placeholder(), null, in.hidden(),
                in.disableOnPrefill());
    }

    private static BookingField custom(BookingFieldInput in, String slug, String at) {
        if (in.type() == null || !BookingField.CUSTOM_TYPES.contains(in.type())) {
            throw ApiException.validation(at + "type", "must be one of name, email, phone, address, text, number, textarea, "
                    + "select, multiselect, multiemail, checkbox, radio, boolean or url");
        }
        if (!slug.matches(SLUG)) {
            throw ApiException.validation(at + "slug", "must start with a letter and use only letters, digits, '-' or '_'");
        }
        if (in.label() == null || in.label().isBlank()) {
            throw ApiException.validation(at + "label", "is required for a custom field");
        }
        if (in.required() == null) {
            throw ApiException.validation(at + "required", "is required for a custom field: true or false");
        }
        return new BookingField(in.type(), slug, in.label().trim(), in.required(), in.placeholder(), options(in, at),
                Boolean.TRUE.equals(in.hidden()), in.disableOnPrefill());
    }

    private static List<String> options(BookingFieldInput in, String at) {
        boolean needsOptions = BookingField.TYPES_WITH_OPTIONS.contains(in.type());
        if (!needsOptions) {
            if (in.options() != null) {
                throw ApiException.validation(at + "options", "only select, multiselect, checkbox and radio fields have options");
            }
            return null;
        }
        if (in.options() == null || in.options().isEmpty()) {
            throw ApiException.validation(at + "options", "a " + in.type() + " field needs at least one option");
        }
        List<String> options = in.options().stream().map(String::trim).toList();
        if (new HashSet<>(options).size() != options.size()) {
            throw ApiException.validation(at + "options", "must not repeat an option");
        }
        return options;
    }

    /** As in Cal.com, bookers may leave out their email only when they must give a phone number instead. */
    private static void checkEmailOptionalOnlyWithPhone(List<BookingField> fields) {
        for (int i = 0; i < fields.size(); i++) {
            BookingField field = fields.get(i);
            boolean emailOptional = "email".equals(field.slug())
                    && (Boolean.FALSE.equals(field.required()) || Boolean.TRUE.equals(field.hidden()));
            if (emailOptional && fields.stream().noneMatch(BookingFormRules::isRequiredAttendeePhone)) {
                throw ApiException.validation("bookingFields[" + i + "].required", "the email may be optional or hidden only "
                        + "with a required phone field whose slug is attendeePhoneNumber");
            }
            if (emailOptional && Boolean.TRUE.equals(field.required())) {
                throw ApiException.validation("bookingFields[" + i + "].hidden", "a required email cannot be hidden");
            }
        }
    }

    private static boolean isRequiredAttendeePhone(BookingField field) {
        return "phone".equals(field.type()) && "attendeePhoneNumber".equals(field.slug()) && Boolean.TRUE.equals(field.required())
                && !Boolean.TRUE.equals(field.hidden());
    }

    private static BookingField hiddenField() {
        return new BookingField(null, null, null, null, null, null, true, null);
    }

    private static Map<String, BookingField> defaults() {
        Map<String, BookingField> defaults = new LinkedHashMap<>();
        defaults.put("name", new BookingField("name", "name", "Your name", true, null, null, false, null));
        defaults.put("email", new BookingField("email", "email", "Email address", true, null, null, false, null));
        defaults.put("location", new BookingField("radioInput", "location", "Location", false, null, null, false, null));
        defaults.put("title", new BookingField("text", "title", "What is this meeting about?", false, null, null, true, null));
        defaults.put("notes", new BookingField("textarea", "notes", "Additional notes", false, null, null, false, null));
        defaults.put("guests", new BookingField("multiemail", "guests", "Add guests", false, null, null, false, null));
        defaults.put("rescheduleReason",
                new BookingField("textarea", "rescheduleReason", "Reason for reschedule", false, null, null, false, null));
        return Collections.unmodifiableMap(defaults);
    }
}
