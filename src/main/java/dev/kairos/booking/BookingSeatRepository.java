package dev.kairos.booking;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class BookingSeatRepository implements PanacheRepository<BookingSeat> {

    Optional<BookingSeat> findBySeatUid(String seatUid) {
        return find("seatUid", seatUid).firstResultOptional();
    }

    List<BookingSeat> findByBookings(Collection<Long> bookingIds) {
        return bookingIds.isEmpty() ? List.of() : list("bookingId in ?1 order by id", bookingIds);
    }

    long countByBooking(long bookingId) {
        return count("bookingId", bookingId);
    }

    Optional<BookingSeat> findByIdempotencyKey(String scope, String key) {
        return find("idempotencyScope = ?1 and idempotencyKey = ?2", scope, key).firstResultOptional();
    }
}
