package dev.kairos.organization.plan.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan's limits; null = no limit. */
@Schema(name = "PlanLimits")
public record PlanLimitsResponse(
        @Schema(required = true, nullable = true) Integer members,
        @Schema(required = true, nullable = true, description = "Per calendar month (UTC)") Integer bookingsPerMonth,
        @Schema(required = true, nullable = true) Integer eventTypes) {
}
