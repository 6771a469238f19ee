package dev.kairos.slot.engine;

/** Calendar periods for booking limits, always counted in the host's time zone. */
public enum LimitPeriod {
    DAY, WEEK, MONTH, YEAR
}
