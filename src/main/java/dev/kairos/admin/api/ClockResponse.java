package dev.kairos.admin.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The business clock. */
public record ClockResponse(@Schema(required = true) Instant now, @Schema(required = true) boolean fixed) {
}
