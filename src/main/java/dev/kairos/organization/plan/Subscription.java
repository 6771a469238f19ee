package dev.kairos.organization.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation's plan, as the platform administrator last set it. */
@Entity
@Table(name = "organization_subscriptions")
class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    long organizationId;

    @Convert(converter = PlanTypeColumn.class)
    @Column(name = "plan_type", nullable = false)
    PlanType planType;

    @Column(nullable = false)
    String status;

    @Column(name = "current_period_start")
    Instant currentPeriodStart;

    @Column(name = "current_period_end")
    Instant currentPeriodEnd;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected Subscription() {
    }

    static Subscription of(long organizationId, Instant now) {
        Subscription subscription = new Subscription();
        subscription.organizationId = organizationId;
        subscription.createdAt = now;
        return subscription;
    }

    /** Stores the plan by its wire name, as the column's check constraint expects. */
    @Converter
    static class PlanTypeColumn implements AttributeConverter<PlanType, String> {

        @Override
        public String convertToDatabaseColumn(PlanType plan) {
            return plan == null ? null : plan.wireName();
        }

        @Override
        public PlanType convertToEntityAttribute(String column) {
            return column == null ? null : PlanType.fromWire(column).orElseThrow();
        }
    }
}
