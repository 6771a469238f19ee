package dev.kairos.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One person's place in a seated booking; its public {@link #seatUid} is that person's credential. */
@Entity
@Table(name = "booking_seats")
public class BookingSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "booking_id", nullable = false)
    public Long bookingId;

    @Column(name = "attendee_id", nullable = false)
    public Long attendeeId;

    @Column(name = "seat_uid", nullable = false, updatable = false)
    public String seatUid;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> metadata = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "booking_fields_responses", nullable = false)
    public Map<String, Object> bookingFieldsResponses = new LinkedHashMap<>();

    @Column(name = "idempotency_scope")
    public String idempotencyScope;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "idempotency_request_hash")
    public String idempotencyRequestHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected BookingSeat() {
    }

    BookingSeat(long bookingId, long attendeeId, Map<String, Object> metadata, Map<String, Object> responses, Instant now) {
        this.bookingId = bookingId;
        this.attendeeId = attendeeId;
        this.seatUid = UUID.randomUUID().toString();
        this.metadata = new LinkedHashMap<>(metadata);
        this.bookingFieldsResponses = new LinkedHashMap<>(responses);
        this.createdAt = now;
    }
}
