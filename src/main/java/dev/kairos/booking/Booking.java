package dev.kairos.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One booking: a regular booking, one occurrence of a recurring series, or the one booking of a
 * seated slot (its people are seats). Who is busy because of it lives in {@code booking_hosts}.
 */
@Entity
@Table(name = "bookings")
public class Booking {

    public static final String ACCEPTED = "accepted";
    public static final String PENDING = "pending";
    public static final String CANCELLED = "cancelled";
    public static final String REJECTED = "rejected";
    static final Set<String> LIVE = Set.of(ACCEPTED, PENDING);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String uid;

    @Column(name = "event_type_id")
    public Long eventTypeId;

    /** The organiser: the event type's owner, or the host a team event type assigned. */
    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "start_time", nullable = false)
    public Instant startTime;

    @Column(name = "end_time", nullable = false)
    public Instant endTime;

    @Column(nullable = false)
    public String status;

    public String location;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> metadata = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "booking_fields_responses", nullable = false)
    public Map<String, Object> bookingFieldsResponses = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> guests = new ArrayList<>();

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "rescheduling_reason")
    public String reschedulingReason;

    @Column(name = "rescheduled_from_uid")
    public String rescheduledFromUid;

    @Column(name = "rescheduled_to_uid")
    public String rescheduledToUid;

    @Column(name = "recurring_booking_uid")
    public String recurringBookingUid;

    @Column(name = "absent_host", nullable = false)
    public boolean absentHost;

    @Column(nullable = false)
    public boolean seated;

    @Column(name = "idempotency_scope")
    public String idempotencyScope;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "idempotency_request_hash")
    public String idempotencyRequestHash;

    @Column(name = "routing_response_id")
    public Long routingResponseId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isLive() {
        return LIVE.contains(status);
    }

    public int durationMinutes() {
        return (int) Duration.between(startTime, endTime).toMinutes();
    }

    /**
     * The same meeting at {@code start} with a new uid: what a reschedule books (with the
     * attendee's answers for a regular booking; a seated one keeps them on its seats).
     */
    Booking movedTo(Instant start, String newStatus, Instant now) {
        Booking b = new Booking();
        b.uid = UUID.randomUUID().toString();
        b.eventTypeId = eventTypeId;
        b.userId = userId;
        b.title = title;
        b.description = description;
        b.startTime = start;
        b.endTime = start.plus(Duration.between(startTime, endTime));
        b.status = newStatus;
        b.location = location;
        b.seated = seated;
        if (!seated) {
            b.metadata = new LinkedHashMap<>(metadata);
            b.bookingFieldsResponses = new LinkedHashMap<>(bookingFieldsResponses);
            b.guests = new ArrayList<>(guests);
            b.recurringBookingUid = recurringBookingUid;
            b.rescheduledFromUid = uid;
        }
        b.routingResponseId = routingResponseId;
        b.createdAt = now;
        b.updatedAt = now;
        return b;
    }

    /** Ends a live booking: it no longer blocks anyone's time (the caller clears booking_hosts.blocking). */
    void cancel(String reason, Instant now) {
        status = CANCELLED;
        cancellationReason = reason;
        updatedAt = now;
    }
}
