package dev.kairos.eventtype;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;

/**
 * A question of the booking form. Default fields ({@code name}, {@code email}, {@code location},
 * {@code title}, {@code notes}, {@code guests}, {@code rescheduleReason}) always exist and can only
 * be relabelled, made optional or hidden as Cal.com allows; custom fields have one of the custom
 * types and a unique {@code slug} that bookings answer in {@code bookingFieldsResponses}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingField(String type, String slug, String label, Boolean required, String placeholder,
        List<String> options, Boolean hidden, Boolean disableOnPrefill) {

    public static final List<String> DEFAULT_SLUGS = List.of("name", "email", "location", "title", "notes", "guests",
            "rescheduleReason");
    public static final Set<String> CUSTOM_TYPES = Set.of("phone", "address", "text", "number", "textarea", "select",
            "multiselect", "multiemail", "checkbox", "radio", "boolean", "url");
    public static final Set<String> TYPES_WITH_OPTIONS = Set.of("select", "multiselect", "checkbox", "radio");

    @JsonIgnore
    public boolean isDefault() {
        return DEFAULT_SLUGS.contains(slug);
    }

    /** This field with the settings of {@code override} that were given. */
    public BookingField overriddenBy(BookingField override) {
        return new BookingField(type, slug, pick(override.label, label), pick(override.required, required),
                pick(override.placeholder, placeholder), options, pick(override.hidden, hidden),
                pick(override.disableOnPrefill, disableOnPrefill));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
