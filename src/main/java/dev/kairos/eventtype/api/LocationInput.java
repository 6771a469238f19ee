package dev.kairos.eventtype.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of Cal.com's input location types; which other properties apply depends on {@code type}. */
public record LocationInput(
        @NotBlank @Schema(required = true, enumeration = { "address", "link", "integration", "phone", "attendeeAddress",
                "attendeePhone", "attendeeDefined" }) String type,
        @Size(max = 500) String address, @Size(max = 2048) String link, @Size(max = 32) String phone,
        @Schema(enumeration = { "cal-video", "google-meet", "office365-video", "zoom" }) String integration,
        @JsonProperty("public") Boolean isPublic) {
}
