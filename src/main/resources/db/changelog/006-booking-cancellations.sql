--liquibase formatted sql

--changeset kairos:006-booking-cancellations
-- One row per cancelled booking or seat: who cancelled, and what the event type's refund policy
-- says about it (API.md section 3, Partners: cancellation policy). Kairos takes no payments; a
-- partner reads these rows (and the BOOKING_CANCELLED webhook) to refund.
CREATE TABLE booking_cancellations (
    id                   BIGSERIAL PRIMARY KEY,
    booking_id           BIGINT      NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    -- The seat given up; NULL when the whole booking was cancelled.
    seat_uid             TEXT,
    -- The email of whoever cancelled: the host's, or the attendee's (the uid holder).
    cancelled_by         TEXT        NOT NULL,
    cancelled_by_role    TEXT        NOT NULL CHECK (cancelled_by_role IN ('host', 'attendee')),
    cancellation_reason  TEXT,
    within_refund_window BOOLEAN     NOT NULL,
    refund_status        TEXT        NOT NULL CHECK (refund_status IN ('pending', 'not_eligible')),
    -- Minor units (cents) of currency.
    refund_amount        INTEGER     NOT NULL CHECK (refund_amount >= 0),
    currency             TEXT,
    created_at           TIMESTAMPTZ NOT NULL,
    CONSTRAINT booking_cancellations_refund_ck CHECK (within_refund_window = (refund_status = 'pending'))
);
CREATE INDEX booking_cancellations_booking_idx ON booking_cancellations (booking_id);
