package dev.kairos.admin.api;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PUT /v2/admin/clock}. */
public record ClockRequest(@NotNull @Schema(required = true, example = "2050-09-05T08:00:00Z") OffsetDateTime now) {
}
