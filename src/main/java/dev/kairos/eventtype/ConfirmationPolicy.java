package dev.kairos.eventtype;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Bookings wait for the host's confirmation: {@code always}, or {@code time} = only when booked
 * less than {@code noticeThreshold} before the start. While pending they block the slot only if
 * {@code blockUnconfirmedBookingsInBooker}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfirmationPolicy(String type, NoticeThreshold noticeThreshold, boolean blockUnconfirmedBookingsInBooker) {

    public static final String ALWAYS = "always";
    public static final String TIME = "time";

    /** {@code unit} is {@code minutes} or {@code hours}. */
    public record NoticeThreshold(String unit, int count) {

        public int minutes() {
            return "hours".equals(unit) ? count * 60 : count;
        }
    }
}
