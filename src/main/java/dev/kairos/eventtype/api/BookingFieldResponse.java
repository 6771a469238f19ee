package dev.kairos.eventtype.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kairos.eventtype.BookingField;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking form field as Cal.com returns it; {@code isDefault} tells default fields from custom ones. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingFieldResponse(@Schema(required = true) String type, @Schema(required = true) String slug, String label,
        @Schema(required = true) Boolean required, String placeholder, List<String> options, @Schema(required = true) Boolean hidden,
        Boolean disableOnPrefill, @JsonProperty("isDefault") @Schema(required = true) boolean isDefault) {

    public static BookingFieldResponse from(BookingField field) {
        return new BookingFieldResponse(field.type(), field.slug(), field.label(), field.required(), field.placeholder(),
                field.options(), field.hidden(), field.disableOnPrefill(), field.isDefault());
    }
}
