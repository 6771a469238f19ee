package dev.kairos.booking;

import java.time.Duration;
import java.time.Instant;

/**
 * The event type's refund rule: a cancellation at least {@code refundWindowHours} before the start
 * is refundable for the price of the booking or seat; later, or with no window set, it is not.
 */
record RefundPolicy(Integer refundWindowHours, int price, String currency) {

    static final String PENDING = "pending";
    static final String NOT_ELIGIBLE = "not_eligible";

    /** Fills in the refund fields of a cancellation of something starting at {@code start}. */
    void decide(BookingCancellation cancellation, Instant start, Instant now) {
        boolean within = refundWindowHours != null && !now.isAfter(start.minus(Duration.ofHours(refundWindowHours)));
        cancellation.withinRefundWindow = within;
        cancellation.refundStatus = within ? PENDING : NOT_ELIGIBLE;
        cancellation.refundAmount = within ? price : 0;
        cancellation.currency = currency;
    }
}
