package dev.kairos.slot;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class SlotReservationRepository implements PanacheRepository<SlotReservation> {

    /** A reservation by uid while it holds; an expired one is as good as gone. */
    public Optional<SlotReservation> findActive(String uid, Instant now) {
        return find("uid = ?1 and reservedUntil > ?2", uid, now).firstResultOptional();
    }

    /** Deletes reservations that expired at or before {@code now}; returns how many. */
    public long deleteExpired(Instant now) {
        return delete("reservedUntil <= ?1", now);
    }
}
