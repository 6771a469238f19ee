package dev.kairos.eventtype.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking form field: a default one ({@code type: name|email}, or {@code slug:
 * title|notes|guests|rescheduleReason}) to relabel, hide or make optional, or a custom one with a
 * custom type and a unique {@code slug} ({@code name} is accepted as an alias of {@code slug}).
 */
public record BookingFieldInput(
        @Schema(enumeration = { "name", "email", "phone", "address", "text", "number", "textarea", "select", "multiselect",
                "multiemail", "checkbox", "radio", "boolean", "url" }) String type,
        @Size(min = 1, max = 64) String slug, @Size(min = 1, max = 64) String name,
        @Size(max = 500) String label, Boolean required, @Size(max = 500) String placeholder,
        @Size(max = 100) List<@NotNull @NotBlank @Size(max = 200) String> options, Boolean hidden, Boolean disableOnPrefill) {
}
