package dev.kairos.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class BookingRepository implements PanacheRepository<Booking> {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Inserts a regular booking, its host's busy row and its one attendee in one statement (one
     * round trip instead of three: this is the hot path of booking creation). Sets both ids.
     */
    void insertWithHostAndAttendee(Booking b, Instant busyStart, Instant busyEnd, boolean blocking, Attendee a) {
        Object[] ids = (Object[]) getEntityManager().createNativeQuery("""
                WITH b AS (
                    INSERT INTO bookings (uid, event_type_id, user_id, title, description, start_time, end_time, status, location,
                                          metadata, booking_fields_responses, guests, rescheduling_reason, rescheduled_from_uid,
                                          recurring_booking_uid, seated, idempotency_scope, idempotency_key,
                                          idempotency_request_hash, routing_response_id, created_at, updated_at)
                    VALUES (:uid, :eventType, :user, :title, CAST(:description AS text), :start, :end, :status, CAST(:location AS text),
                            CAST(:metadata AS jsonb), CAST(:responses AS jsonb),
                            ARRAY(SELECT jsonb_array_elements_text(CAST(:guests AS jsonb))), CAST(:reschedulingReason AS text),
                            CAST(:rescheduledFrom AS text), CAST(:recurring AS text), FALSE, CAST(:scope AS text), CAST(:key AS text),
                            CAST(:hash AS text), CAST(:routing AS bigint), :now, :now)
                    RETURNING id),
                h AS (
                    INSERT INTO booking_hosts (booking_id, user_id, busy, blocking)
                    SELECT id, :user, tstzrange(CAST(:busyFrom AS timestamptz), CAST(:busyTo AS timestamptz), '[)'), :blocking FROM b),
                a AS (
                    INSERT INTO attendees (booking_id, name, email, time_zone, language, phone_number, absent, created_at)
                    SELECT id, CAST(:name AS text), CAST(:email AS text), CAST(:zone AS text), CAST(:language AS text),
                           CAST(:phone AS text), FALSE, :now FROM b
                    RETURNING id)
                SELECT b.id, a.id FROM b, a""")
                .setParameter("uid", b.uid).setParameter("eventType", b.eventTypeId).setParameter("user", b.userId)
                .setParameter("title", b.title).setParameter("description", b.description).setParameter("start", b.startTime)
                .setParameter("end", b.endTime).setParameter("status", b.status).setParameter("location", b.location)
                .setParameter("metadata", json(b.metadata)).setParameter("responses", json(b.bookingFieldsResponses))
                .setParameter("guests", json(b.guests)).setParameter("reschedulingReason", b.reschedulingReason)
                .setParameter("rescheduledFrom", b.rescheduledFromUid).setParameter("recurring", b.recurringBookingUid)
                .setParameter("scope", b.idempotencyScope).setParameter("key", b.idempotencyKey)
                .setParameter("hash", b.idempotencyRequestHash).setParameter("routing", b.routingResponseId)
                .setParameter("now", b.createdAt).setParameter("busyFrom", busyStart).setParameter("busyTo", busyEnd)
                .setParameter("blocking", blocking).setParameter("name", a.name).setParameter("email", a.email)
                .setParameter("zone", a.timeZone).setParameter("language", a.language).setParameter("phone", a.phoneNumber)
                .getSingleResult();
        b.id = ((Number) ids[0]).longValue();
        a.bookingId = b.id;
        a.id = ((Number) ids[1]).longValue();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Booking data that cannot be written as JSON", e);
        }
    }

    /** The live booking of a seated slot, locked so that seats are counted and taken one request at a time. */
    Optional<Booking> lockLiveSeated(long eventTypeId, Instant start) {
        return find("eventTypeId = ?1 and startTime = ?2 and seated = true and status in ?3", eventTypeId, start, Booking.LIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
