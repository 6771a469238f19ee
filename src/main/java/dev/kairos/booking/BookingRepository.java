package dev.kairos.booking;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class BookingRepository implements PanacheRepository<Booking> {

    Optional<Booking> findByUid(String uid) {
        return find("uid", uid).firstResultOptional();
    }

    /** The booking, locked against concurrent changes until the transaction ends. */
    Optional<Booking> lockByUid(String uid) {
        return find("uid", uid).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Locks a booking already read in this transaction and reloads it, so its state is current. */
    void lockAndRefresh(Booking booking) {
        getEntityManager().refresh(booking, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every occurrence of a recurring series, in order. */
    List<Booking> findSeries(String recurringBookingUid) {
        return list("recurringBookingUid = ?1 order by startTime, id", recurringBookingUid);
    }

    /** The bookings a request with this Idempotency-Key created (a series shares the key through its first occurrence). */
    List<Booking> findByIdempotencyKey(String scope, String key) {
        Optional<Booking> first = find("idempotencyScope = ?1 and idempotencyKey = ?2", scope, key).firstResultOptional();
        return first.map(b -> b.recurringBookingUid != null ? findSeries(b.recurringBookingUid) : List.of(b)).orElse(List.of());
    }

    /**
     * Creates the booking of a seated slot unless a live one exists; the unique index on (event
     * type, start) for live seated bookings makes concurrent first seats converge on one row.
     *
     * @return the new booking's id, or empty when the slot already has its booking
     */
    Optional<Long> insertSeatedIfAbsent(Booking b) {
        List<?> ids = getEntityManager().createNativeQuery("""
                INSERT INTO bookings (uid, event_type_id, user_id, title, description, start_time, end_time, status, location,
                                      seated, recurring_booking_uid, created_at, updated_at)
                VALUES (:uid, :eventType, :user, :title, :description, :start, :end, :status, :location, TRUE, :recurring, :now, :now)
                ON CONFLICT (event_type_id, start_time) WHERE seated AND status IN ('accepted', 'pending') DO NOTHING
                RETURNING id""")
                .setParameter("uid", b.uid).setParameter("eventType", b.eventTypeId).setParameter("user", b.userId)
                .setParameter("title", b.title).setParameter("description", b.description).setParameter("start", b.startTime)
                .setParameter("end", b.endTime).setParameter("status", b.status).setParameter("location", b.location)
                .setParameter("recurring", b.recurringBookingUid).setParameter("now", b.createdAt)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The live booking of a seated slot, locked so that seats are counted and taken one request at a time. */
    Optional<Booking> lockLiveSeated(long eventTypeId, Instant start) {
        return find("eventTypeId = ?1 and startTime = ?2 and seated = true and status in ?3", eventTypeId, start, Booking.LIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
