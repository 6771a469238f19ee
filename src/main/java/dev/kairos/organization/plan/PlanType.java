package dev.kairos.organization.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * The plans an organisation can be on, with their limits (API.md, Partners, "Plans"); a null
 * limit is no limit. The wire name is the lower-case name.
 */
public enum PlanType {
    LITE(1, 50, 3),
    STARTER(3, 300, 10),
    GROWTH(10, 2_000, 50),
    PRO(50, 20_000, 250),
    ENTERPRISE(null, null, null);

    /** The limits a plan sets: members, bookings per calendar month, event types. */
    public record Limits(Integer members, Integer bookingsPerMonth, Integer eventTypes) {
    }

    private final Limits limits;

    PlanType(Integer members, Integer bookingsPerMonth, Integer eventTypes) {
        this.limits = new Limits(members, bookingsPerMonth, eventTypes);
    }

    public Limits limits() {
        return limits;
    }

    public String wireName() {
        return name().toLowerCase();
    }

    static Optional<PlanType> fromWire(String value) {
        return Arrays.stream(values()).filter(p -> p.wireName().equals(value)).findFirst();
    }
}
