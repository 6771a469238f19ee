package dev.kairos.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.booking.api.BookingFilters;
import dev.kairos.platform.jdbc.Jdbc;
import dev.kairos.webhook.WebhookOutbox;
import dev.kairos.webhook.WebhookTrigger;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
     *
     * @return the webhook triggers the booking's organiser and event type listen to
     *         ({@link WebhookOutbox#listening}), read in the same round trip
     */
    Set<WebhookTrigger> insertWithHostAndAttendee(Booking b, Instant busyStart, Instant busyEnd, boolean blocking, Attendee a) {
        return Jdbc.prepared(getEntityManager(), """
                WITH b AS (
                    INSERT INTO bookings (uid, event_type_id, user_id, title, description, start_time, end_time, status, location,
                                          metadata, booking_fields_responses, guests, rescheduling_reason, rescheduled_from_uid,
                                          recurring_booking_uid, seated, idempotency_scope, idempotency_key,
                                          idempotency_request_hash, routing_response_id, created_at, updated_at)
                    VALUES (?, ?, ?, ?, CAST(? AS text), ?, ?, ?, CAST(? AS text),
                            CAST(? AS jsonb), CAST(? AS jsonb),
                            ARRAY(SELECT jsonb_array_elements_text(CAST(? AS jsonb))), CAST(? AS text),
                            CAST(? AS text), CAST(? AS text), FALSE, CAST(? AS text), CAST(? AS text),
                            CAST(? AS text), CAST(? AS bigint), ?, ?)
                    RETURNING id),
                h AS (
                    INSERT INTO booking_hosts (booking_id, user_id, busy, blocking)
                    SELECT id, ?, tstzrange(CAST(? AS timestamptz), CAST(? AS timestamptz), '[)'), ? FROM b),
                a AS (
                    INSERT INTO attendees (booking_id, name, email, time_zone, language, phone_number, absent, created_at)
                    SELECT id, CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS text),
                           CAST(? AS text), FALSE, ? FROM b
                    RETURNING id)
                SELECT b.id, a.id FROM b, a;
                """ + WebhookOutbox.LISTENING_SQL, statement -> {
                    int i = 1;
                    statement.setString(i++, b.uid);
                    Jdbc.setLong(statement, i++, b.eventTypeId);
                    statement.setLong(i++, b.userId);
                    statement.setString(i++, b.title);
                    statement.setString(i++, b.description);
                    Jdbc.setInstant(statement, i++, b.startTime);
                    Jdbc.setInstant(statement, i++, b.endTime);
                    statement.setString(i++, b.status);
                    statement.setString(i++, b.location);
                    statement.setString(i++, json(b.metadata));
                    statement.setString(i++, json(b.bookingFieldsResponses));
                    statement.setString(i++, json(b.guests));
                    statement.setString(i++, b.reschedulingReason);
                    statement.setString(i++, b.rescheduledFromUid);
                    statement.setString(i++, b.recurringBookingUid);
                    statement.setString(i++, b.idempotencyScope);
                    statement.setString(i++, b.idempotencyKey);
                    statement.setString(i++, b.idempotencyRequestHash);
                    Jdbc.setLong(statement, i++, b.routingResponseId);
                    Jdbc.setInstant(statement, i++, b.createdAt);
                    Jdbc.setInstant(statement, i++, b.createdAt);
                    statement.setLong(i++, b.userId);
                    Jdbc.setInstant(statement, i++, busyStart);
                    Jdbc.setInstant(statement, i++, busyEnd);
                    statement.setBoolean(i++, blocking);
                    statement.setString(i++, a.name);
                    statement.setString(i++, a.email);
                    statement.setString(i++, a.timeZone);
                    statement.setString(i++, a.language);
                    statement.setString(i++, a.phoneNumber);
                    Jdbc.setInstant(statement, i++, b.createdAt);
                    statement.setLong(i++, b.userId);
                    Jdbc.setLong(statement, i, b.eventTypeId);
                    statement.execute();
                    try (ResultSet row = statement.getResultSet()) {
                        row.next();
                        b.id = row.getLong(1);
                        a.bookingId = b.id;
                        a.id = row.getLong(2);
                    }
                    if (!statement.getMoreResults()) {
                        throw new IllegalStateException("The webhook triggers read after the booking insert returned nothing");
                    }
                    return WebhookOutbox.heard(statement.getResultSet());
                });
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
    /** One page of the bookings {@code userId} hosts or whose event types they own, and how many match in all. */
    record Found(long total, List<Booking> page) {
    }

    /** The bookings list: filters and sort of {@code GET /v2/bookings}, visibility included. */
    Found pageVisibleTo(long userId, BookingFilters filters, int offset, int limit, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String where = where(userId, filters, now, params);
        Query count = getEntityManager().createNativeQuery("SELECT count(*) FROM bookings b WHERE " + where);
        Query ids = getEntityManager().createNativeQuery("SELECT b.id FROM bookings b WHERE " + where + " ORDER BY " + filters.orderBy())
                .setFirstResult(offset).setMaxResults(limit);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<Long> pageIds = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, Booking> byId = list("id in ?1", pageIds).stream().collect(Collectors.toMap(b -> b.id, Function.identity()));
        return new Found(total, pageIds.stream().map(byId::get).toList());
    }

    private static String where(long userId, BookingFilters filters, Instant now, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        params.put("me", userId);
        clauses.add("(b.user_id = :me OR EXISTS (SELECT 1 FROM booking_hosts bh WHERE bh.booking_id = b.id AND bh.user_id = :me)"
                + " OR b.event_type_id IN (SELECT et.id FROM event_types et WHERE et.owner_user_id = :me)"
                + " OR b.event_type_id IN (SELECT et.id FROM event_types et JOIN memberships m ON m.team_id = et.team_id"
                + " WHERE m.user_id = :me AND m.accepted AND m.role IN ('ADMIN', 'OWNER')))");
        List<String> statuses = filters.statuses();
        if (!statuses.isEmpty()) {
            String anyStatus = statuses.stream().map(BookingRepository::statusClause).collect(Collectors.joining(" OR "));
            clauses.add("(" + anyStatus + ")");
            // Binding a parameter the query does not use fails, and status=cancelled alone does not use :now.
            if (anyStatus.contains(":now")) {
                params.put("now", now);
            }
        }
        if (filters.attendeeEmail() != null) {
            params.put("email", filters.attendeeEmail());
            clauses.add("EXISTS (SELECT 1 FROM attendees a WHERE a.booking_id = b.id AND lower(a.email) = lower(:email))");
        }
        List<Long> eventTypeIds = filters.eventTypeIds();
        if (!eventTypeIds.isEmpty()) {
            params.put("eventTypes", eventTypeIds);
            clauses.add("b.event_type_id IN (:eventTypes)");
        }
        addBound(clauses, params, "b.start_time >=", "afterStart", filters.afterStart());
        addBound(clauses, params, "b.end_time <=", "beforeEnd", filters.beforeEnd());
        addBound(clauses, params, "b.created_at >=", "afterCreatedAt", filters.afterCreatedAt());
        addBound(clauses, params, "b.created_at <=", "beforeCreatedAt", filters.beforeCreatedAt());
        return String.join(" AND ", clauses);
    }

    private static void addBound(List<String> clauses, Map<String, Object> params, String test, String name, Object value) {
        if (value != null) {
            params.put(name, value);
            clauses.add(test + " :" + name);
        }
    }

    private static String statusClause(String status) {
        return switch (status) {
            case "upcoming" -> "(b.end_time >= :now AND b.status IN ('accepted', 'pending'))";
            case "recurring" -> "(b.recurring_booking_uid IS NOT NULL AND b.end_time >= :now AND b.status IN ('accepted', 'pending'))";
            case "past" -> "(b.end_time < :now AND b.status IN ('accepted', 'pending'))";
            case "cancelled" -> "(b.status IN ('cancelled', 'rejected'))";
            default -> "(b.status = 'pending' AND b.end_time >= :now)";
        };
    }
}
