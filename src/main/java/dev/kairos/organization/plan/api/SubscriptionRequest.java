package dev.kairos.organization.plan.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PUT /v2/organizations/{orgId}/subscription}: the whole subscription (platform administrators). */
@Schema(name = "SubscriptionRequest")
public record SubscriptionRequest(
        @NotNull @Pattern(regexp = PLAN_TYPES, message = "must be one of lite, starter, growth, pro, enterprise")
        @Schema(required = true, enumeration = { "lite", "starter", "growth", "pro", "enterprise" }) String planType,
        @Pattern(regexp = STATUSES, message = "must be one of active, trialing, past_due, cancelled")
        @Schema(enumeration = { "active", "trialing", "past_due", "cancelled" }, defaultValue = "active",
                description = "Recorded, not acted on: the plan's limits apply whatever the status. canceled is accepted for cancelled.")
        String status,
        @Schema(example = "2030-01-01T00:00:00Z") OffsetDateTime currentPeriodStart,
        @Schema(example = "2030-02-01T00:00:00Z", description = "After currentPeriodStart") OffsetDateTime currentPeriodEnd) {

    public static final String PLAN_TYPES = "lite|starter|growth|pro|enterprise";
    public static final String STATUSES = "active|trialing|past_due|cancelled|canceled";
}
