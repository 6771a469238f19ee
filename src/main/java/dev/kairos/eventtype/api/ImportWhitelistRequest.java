package dev.kairos.eventtype.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/event-types/{id}/whitelist}: entries to add or update, by email. */
public record ImportWhitelistRequest(
        @NotNull @Schema(required = true, maxItems = 10000, description = "At most 10,000 per call; an email sent twice counts once, "
                + "with its last entry's values") List<WhitelistEntryInput> entries) {
}
