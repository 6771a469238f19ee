package dev.kairos.slot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A slot held for one booker until {@link #reservedUntil}; its uid is the holder's credential. */
@Entity
@Table(name = "slot_reservations")
public class SlotReservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String uid;

    @Column(name = "event_type_id", nullable = false)
    public Long eventTypeId;

    @Column(name = "slot_start", nullable = false)
    public Instant slotStart;

    @Column(name = "slot_end", nullable = false)
    public Instant slotEnd;

    @Column(name = "reserved_until", nullable = false)
    public Instant reservedUntil;

    @Column(name = "api_key_id")
    public Long apiKeyId;

    @Column(name = "user_id")
    public Long userId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected SlotReservation() {
    }

    SlotReservation(long eventTypeId, Instant slotStart, Instant slotEnd, Instant reservedUntil, Long apiKeyId, Long userId,
            Instant now) {
        this.uid = UUID.randomUUID().toString();
        this.eventTypeId = eventTypeId;
        this.slotStart = slotStart;
        this.slotEnd = slotEnd;
        this.reservedUntil = reservedUntil;
        this.apiKeyId = apiKeyId;
        this.userId = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
