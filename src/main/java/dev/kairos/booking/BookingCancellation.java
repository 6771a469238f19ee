package dev.kairos.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of one cancelled booking or seat, with what the refund policy decided. */
@Entity
@Table(name = "booking_cancellations")
public class BookingCancellation {

    public static final String HOST = "host";
    public static final String ATTENDEE = "attendee";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "booking_id", nullable = false)
    public Long bookingId;

    @Column(name = "seat_uid")
    public String seatUid;

    @Column(name = "cancelled_by", nullable = false)
    public String cancelledBy;

    @Column(name = "cancelled_by_role", nullable = false)
    public String cancelledByRole;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "within_refund_window", nullable = false)
    public boolean withinRefundWindow;

    @Column(name = "refund_status", nullable = false)
    public String refundStatus;

    @Column(name = "refund_amount", nullable = false)
    public int refundAmount;

    public String currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
