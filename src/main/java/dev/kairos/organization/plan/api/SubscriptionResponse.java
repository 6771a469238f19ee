package dev.kairos.organization.plan.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's plan and the limits it sets. */
@Schema(name = "Subscription")
public record SubscriptionResponse(
        @Schema(required = true) long organizationId,
        @Schema(required = true, enumeration = { "lite", "starter", "growth", "pro", "enterprise" }) String planType,
        @Schema(required = true, enumeration = { "active", "trialing", "past_due", "cancelled" }) String status,
        @Schema(required = true, nullable = true) Instant currentPeriodStart,
        @Schema(required = true, nullable = true) Instant currentPeriodEnd,
        @Schema(required = true) PlanLimitsResponse limits,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
