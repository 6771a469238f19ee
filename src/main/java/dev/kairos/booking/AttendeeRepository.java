package dev.kairos.booking;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
class AttendeeRepository implements PanacheRepository<Attendee> {

    List<Attendee> findByBookings(Collection<Long> bookingIds) {
        return bookingIds.isEmpty() ? List.of() : list("bookingId in ?1 order by id", bookingIds);
    }
}
