package dev.kairos.slot.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The event type's rules that shape slots. Minutes everywhere.
 *
 * @param lengthOptions      allowed lengths when the event type has variable durations (empty =
 *                           only {@code length})
 * @param slotInterval       distance between slot starts; null = the (requested) length
 * @param offsetStart        Cal.com's offsetStart: shifts each window's first start and adds to the
 *                           step
 * @param bookingWindow      null = no limit
 * @param countLimits        maximum bookings per host-local period
 * @param durationLimits     maximum booked minutes per host-local period
 * @param seatsPerTimeSlot   null = not seated
 * @param limitWeekStart     first day of a {@link LimitPeriod#WEEK}
 */
public record EventRules(int length, List<Integer> lengthOptions, Integer slotInterval,
                         int minimumNotice, int beforeBuffer, int afterBuffer, int offsetStart,
                         BookingWindow bookingWindow, Map<LimitPeriod, Integer> countLimits,
                         Map<LimitPeriod, Integer> durationLimits, boolean onlyShowFirstAvailableSlot,
                         Integer seatsPerTimeSlot, SchedulingType schedulingType,
                         java.time.DayOfWeek limitWeekStart) {

    public EventRules {
        if (length < 1) {
            throw new IllegalArgumentException("length must be at least one minute");
        }
        lengthOptions = List.copyOf(lengthOptions);
        countLimits = Map.copyOf(countLimits);
        durationLimits = Map.copyOf(durationLimits);
        Objects.requireNonNull(schedulingType, "schedulingType");
        Objects.requireNonNull(limitWeekStart, "limitWeekStart");
    }

    /** The length a booking of {@code requested} minutes gets, or empty when it is not allowed. */
    public OptionalInt effectiveLength(Integer requested) {
        if (requested == null || requested == length) {
            return OptionalInt.of(length);
        }
        return lengthOptions.contains(requested) ? OptionalInt.of(requested) : OptionalInt.empty();
    }

    /** Step between the starts of one window for a booking of {@code lengthMinutes}. */
    int frequency(int lengthMinutes) {
        return slotInterval != null && slotInterval > 0 ? slotInterval : lengthMinutes;
    }

    public static Builder builder(int length) {
        return new Builder(length);
    }

    /** Builder for tests and adapters; every field defaults to "no rule". */
    public static final class Builder {
        private final int length;
        private List<Integer> lengthOptions = List.of();
        private Integer slotInterval;
        private int minimumNotice;
        private int beforeBuffer;
        private int afterBuffer;
        private int offsetStart;
        private BookingWindow bookingWindow;
        private final Map<LimitPeriod, Integer> countLimits = new EnumMap<>(LimitPeriod.class);
        private final Map<LimitPeriod, Integer> durationLimits = new EnumMap<>(LimitPeriod.class);
        private boolean onlyFirst;
        private Integer seats;
        private SchedulingType type = SchedulingType.PERSONAL;
        private java.time.DayOfWeek weekStart = java.time.DayOfWeek.MONDAY;

        private Builder(int length) {
            this.length = length;
        }

        public Builder lengthOptions(List<Integer> v) { lengthOptions = v; return this; }
        public Builder slotInterval(Integer v) { slotInterval = v; return this; }
        public Builder minimumNotice(int v) { minimumNotice = v; return this; }
        public Builder beforeBuffer(int v) { beforeBuffer = v; return this; }
        public Builder afterBuffer(int v) { afterBuffer = v; return this; }
        public Builder offsetStart(int v) { offsetStart = v; return this; }
        public Builder bookingWindow(BookingWindow v) { bookingWindow = v; return this; }
        public Builder countLimit(LimitPeriod p, int v) { countLimits.put(p, v); return this; }
        public Builder durationLimit(LimitPeriod p, int v) { durationLimits.put(p, v); return this; }
        public Builder onlyShowFirstAvailableSlot(boolean v) { onlyFirst = v; return this; }
        public Builder seatsPerTimeSlot(Integer v) { seats = v; return this; }
        public Builder schedulingType(SchedulingType v) { type = v; return this; }
        public Builder limitWeekStart(java.time.DayOfWeek v) { weekStart = v; return this; }

        public EventRules build() {
            return new EventRules(length, lengthOptions, slotInterval, minimumNotice, beforeBuffer,
                    afterBuffer, offsetStart, bookingWindow, countLimits, durationLimits, onlyFirst,
                    seats, type, weekStart);
        }
    }
}
