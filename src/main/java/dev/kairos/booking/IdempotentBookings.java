package dev.kairos.booking;

import dev.kairos.booking.BookingWriter.Placed;
import dev.kairos.platform.idempotency.IdempotencyFilter;
import dev.kairos.platform.idempotency.IdempotentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The database's memory of Idempotency-Keys: a creation records its key on the booking (or seat)
 * it makes, so a retry that Redis no longer recognises returns that booking instead of a second one.
 */
@ApplicationScoped
class IdempotentBookings {

    private final BookingRepository bookings;
    private final BookingSeatRepository seats;

    IdempotentBookings(BookingRepository bookings, BookingSeatRepository seats) {
        this.bookings = bookings;
        this.seats = seats;
    }

    /** What an earlier request with this key created; 422 when that request was a different one. */
    Optional<List<Placed>> find(IdempotentRequest.Key key) {
        Optional<BookingSeat> seat = seats.findByIdempotencyKey(key.scope(), key.key());
        if (seat.isPresent()) {
            requireSameRequest(seat.get().idempotencyRequestHash, key);
            Booking booking = bookings.findById(seat.get().bookingId);
            return Optional.of(List.of(new Placed(booking, seat.get(), null, false)));
        }
        List<Booking> made = bookings.findByIdempotencyKey(key.scope(), key.key());
        if (made.isEmpty()) {
            return Optional.empty();
        }
        Booking keyed = made.stream().filter(b -> key.key().equals(b.idempotencyKey)).findFirst().orElse(made.get(0));
        requireSameRequest(keyed.idempotencyRequestHash, key);
        return Optional.of(made.stream().map(b -> new Placed(b, null, null, false)).toList());
    }

    private static void requireSameRequest(String recordedHash, IdempotentRequest.Key key) {
        if (!key.fingerprint().equals(recordedHash)) {
            throw IdempotencyFilter.keyReused();
        }
    }
}
