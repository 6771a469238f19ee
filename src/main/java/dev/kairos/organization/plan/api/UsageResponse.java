package dev.kairos.organization.plan.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an organisation uses against its plan's limits (all null when it has no plan: no limits). */
@Schema(name = "Usage")
public record UsageResponse(
        @Schema(required = true, nullable = true, enumeration = { "lite", "starter", "growth", "pro", "enterprise" }) String planType,
        @Schema(required = true, nullable = true, enumeration = { "active", "trialing", "past_due", "cancelled" }) String status,
        @Schema(required = true, description = "The calendar month (UTC, business clock) bookingsPerMonth counts: [start, end)") Period period,
        @Schema(required = true) Counter members,
        @Schema(required = true) Counter bookingsPerMonth,
        @Schema(required = true) Counter eventTypes) {

    @Schema(name = "UsagePeriod")
    public record Period(@Schema(required = true) Instant start, @Schema(required = true) Instant end) {
    }

    /** One count and its limit; a null limit is no limit. */
    @Schema(name = "UsageCounter")
    public record Counter(@Schema(required = true) long used, @Schema(required = true, nullable = true) Integer limit) {
    }
}
