package dev.kairos.slot.engine;

/**
 * Seats of a seated slot.
 *
 * @param bookingUid the existing seated booking a new attendee joins; null when nobody booked yet
 */
public record SeatInfo(int seatsTotal, int seatsBooked, int seatsRemaining, String bookingUid) {

    static SeatInfo empty(int total) {
        return new SeatInfo(total, 0, total, null);
    }

    static SeatInfo taken(int total, int booked, String uid) {
        return new SeatInfo(total, booked, Math.max(0, total - booked), uid);
    }

    /** Cal.com's name for {@link #seatsBooked()}. */
    public int attendeesCount() {
        return seatsBooked;
    }
}
