package dev.kairos.eventtype;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Cal.com's {@code bookingLimitsCount} / {@code bookingLimitsDuration}: at most this many bookings
 * (or minutes of bookings) per calendar day, week, month and year in the host's time zone. A null
 * period has no limit.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntervalLimits(Integer day, Integer week, Integer month, Integer year) {

    @JsonIgnore
    public boolean isEmpty() {
        return day == null && week == null && month == null && year == null;
    }
}
