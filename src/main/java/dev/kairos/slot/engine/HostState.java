package dev.kairos.slot.engine;

import java.util.ArrayList;
import java.util.List;

/** One host's derived interval lists for one computation. */
final class HostState {

    final HostInput input;
    /** Working hours (overlaps merged). */
    final List<Span> hours;
    /** Periods blocked by booking limits. */
    final List<Span> limits;
    /** Hours minus everything that blocks a new, separate booking. */
    final List<Span> free;
    /** Hours minus what blocks joining a seated booking (joinable seated bookings do not). */
    final List<Span> freeForSeats;
    /** Seated bookings of this event type that still have room. */
    final List<BusyInterval> joinable = new ArrayList<>();
    /** Seated bookings of this event type that are full. */
    final List<BusyInterval> full = new ArrayList<>();

    HostState(HostInput input, EventRules rules, int lengthMinutes, long from, long to) {
        this.input = input;
        this.hours = Intervals.mergeOverlapping(Availability.hours(input, from, to));
        this.limits = Intervals.mergeTouching(Limits.spans(input, rules, lengthMinutes, from, to));
        Integer seats = rules.seatsPerTimeSlot();
        List<Span> all = new ArrayList<>(input.busy().size() + limits.size());
        List<Span> withoutJoinable = new ArrayList<>(input.busy().size() + limits.size());
        for (BusyInterval b : input.busy()) {
            Span widened = Availability.widen(b, rules.beforeBuffer(), rules.afterBuffer());
            all.add(widened);
            if (seats != null && b.seatedBookingUid() != null) {
                if (b.attendeeCount() < seats) {
                    joinable.add(b);
                    continue;
                }
                full.add(b);
            }
            withoutJoinable.add(widened);
        }
        all.addAll(limits);
        withoutJoinable.addAll(limits);
        this.free = Intervals.subtract(hours, Intervals.mergeTouching(all));
        this.freeForSeats = joinable.isEmpty() ? free
                : Intervals.subtract(hours, Intervals.mergeTouching(withoutJoinable));
    }

    long id() {
        return input.id();
    }
}
