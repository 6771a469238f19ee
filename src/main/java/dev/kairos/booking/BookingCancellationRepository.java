package dev.kairos.booking;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class BookingCancellationRepository implements PanacheRepository<BookingCancellation> {

    List<BookingCancellation> findByBooking(long bookingId) {
        return list("bookingId = ?1 order by createdAt, id", bookingId);
    }
}
