package dev.kairos.organization.plan;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** The calendar month (UTC) that bookings per month are counted in: {@code [start, end)}. */
record BillingMonth(Instant start, Instant end) {

    static BillingMonth of(Instant now) {
        YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
        return new BillingMonth(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
