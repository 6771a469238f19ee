--liquibase formatted sql

--changeset kairos:004-bookings
CREATE TABLE bookings (
    id                       BIGSERIAL PRIMARY KEY,
    -- Public id, and the credential of whoever holds it (the attendee).
    uid                      TEXT        NOT NULL UNIQUE,
    -- Bookings outlive their event type (Cal.com keeps them when the event type is deleted).
    event_type_id            BIGINT      REFERENCES event_types (id) ON DELETE SET NULL,
    -- The organiser (Cal.com Booking.userId): the owner, or the host round robin assigned.
    -- Every host, the organiser included, also has a booking_hosts row.
    user_id                  BIGINT      NOT NULL REFERENCES users (id),
    title                    TEXT        NOT NULL,
    description              TEXT,
    start_time               TIMESTAMPTZ NOT NULL,
    end_time                 TIMESTAMPTZ NOT NULL,
    status                   TEXT        NOT NULL CHECK (status IN ('accepted', 'pending', 'cancelled', 'rejected')),
    location                 TEXT,
    metadata                 JSONB       NOT NULL DEFAULT '{}'::jsonb,
    booking_fields_responses JSONB       NOT NULL DEFAULT '{}'::jsonb,
    guests                   TEXT[]      NOT NULL DEFAULT '{}',
    cancellation_reason      TEXT,
    rejection_reason         TEXT,
    rescheduling_reason      TEXT,
    -- A reschedule creates a new booking and cancels the old one; the two point at each other.
    rescheduled_from_uid     TEXT        REFERENCES bookings (uid) ON DELETE SET NULL,
    rescheduled_to_uid       TEXT        REFERENCES bookings (uid) ON DELETE SET NULL,
    -- Shared by every occurrence of a recurring series; not a booking uid itself.
    recurring_booking_uid    TEXT,
    absent_host              BOOLEAN     NOT NULL DEFAULT FALSE,
    -- One booking per seated slot, its people in attendees + booking_seats.
    seated                   BOOLEAN     NOT NULL DEFAULT FALSE,
    -- The Idempotency-Key of the creating request and its scope ('apikey:<id>', 'user:<id>' for
    -- OAuth tokens, 'ip:<address>' when anonymous), so a retry after Redis lost its record
    -- finds this booking instead of creating a second one. A recurring series records the key
    -- on its first occurrence only. request_hash (SHA-256 of method, path and body) tells a
    -- replay from a reuse of the key with another request (422).
    idempotency_scope        TEXT,
    idempotency_key          TEXT        CHECK (char_length(idempotency_key) BETWEEN 1 AND 255),
    idempotency_request_hash TEXT,
    -- Routing-form response that led here; the routing tables come with that capability.
    routing_response_id      BIGINT,
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL,
    CONSTRAINT bookings_time_ck CHECK (start_time < end_time),
    CONSTRAINT bookings_idempotency_ck CHECK ((idempotency_scope IS NULL) = (idempotency_key IS NULL)),
    CONSTRAINT bookings_idempotency_uq UNIQUE (idempotency_scope, idempotency_key)
);
CREATE INDEX bookings_event_type_start_idx ON bookings (event_type_id, start_time);
CREATE INDEX bookings_user_start_idx ON bookings (user_id, start_time);
CREATE INDEX bookings_recurring_idx ON bookings (recurring_booking_uid) WHERE recurring_booking_uid IS NOT NULL;
-- The first seat of a seated slot creates its booking; this makes concurrent first seats
-- converge on one booking (the loser gets 23505 and joins the winner's booking under its row
-- lock). Cancelled and rejected bookings free the slot.
CREATE UNIQUE INDEX bookings_seated_slot_uq ON bookings (event_type_id, start_time)
    WHERE seated AND status IN ('accepted', 'pending');

--changeset kairos:004-booking-hosts
-- One row per host per booking: the time the host is busy because of it. The exclusion
-- constraint is what makes "no double booking of a host" true across instances; the service's
-- own check before inserting only gives a friendlier error. blocking = the booking is accepted,
-- or pending on an event type that blocks unconfirmed bookings; cancelling or rejecting sets it
-- false, confirming sets it true in one statement (an overlap then fails with 23P01 -> 409).
-- Two transactions inserting overlapping rows at the same moment may instead see each other and
-- deadlock (40P01); the victim's retry then gets 23P01. Range queries should say `blocking` so
-- that this partial index serves them.
CREATE TABLE booking_hosts (
    id         BIGSERIAL PRIMARY KEY,
    booking_id BIGINT    NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    user_id    BIGINT    NOT NULL REFERENCES users (id),
    -- [start - before_event_buffer, end + after_event_buffer): half-open, so back-to-back
    -- bookings do not overlap.
    busy       TSTZRANGE NOT NULL,
    blocking   BOOLEAN   NOT NULL,
    CONSTRAINT booking_hosts_uq UNIQUE (booking_id, user_id),
    CONSTRAINT booking_hosts_busy_ck CHECK (
        NOT isempty(busy) AND NOT lower_inf(busy) AND NOT upper_inf(busy)
        AND lower_inc(busy) AND NOT upper_inc(busy)),
    CONSTRAINT booking_hosts_no_overlap_ex EXCLUDE USING gist (user_id WITH =, busy WITH &&) WHERE (blocking)
);

--changeset kairos:004-attendees
CREATE TABLE attendees (
    id           BIGSERIAL PRIMARY KEY,
    booking_id   BIGINT      NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL,
    email        TEXT        NOT NULL,
    time_zone    TEXT        NOT NULL,
    language     TEXT,
    phone_number TEXT,
    absent       BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX attendees_booking_idx ON attendees (booking_id);
-- GET /v2/bookings?attendeeEmail=, whitelist checks: emails compare case-insensitively.
CREATE INDEX attendees_email_idx ON attendees (lower(email));

--changeset kairos:004-booking-seats
-- One row per person in a seated booking, with its own public seat uid (the seat holder's
-- credential). The capacity check and the insert run under a row lock on the booking.
CREATE TABLE booking_seats (
    id                       BIGSERIAL PRIMARY KEY,
    booking_id               BIGINT      NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    attendee_id              BIGINT      NOT NULL UNIQUE REFERENCES attendees (id) ON DELETE CASCADE,
    seat_uid                 TEXT        NOT NULL UNIQUE,
    metadata                 JSONB       NOT NULL DEFAULT '{}'::jsonb,
    -- Each seat holder answers the booking form for themselves.
    booking_fields_responses JSONB       NOT NULL DEFAULT '{}'::jsonb,
    -- A seat after the first adds no booking row, so the seat records its request's key
    -- (same meaning as on bookings).
    idempotency_scope        TEXT,
    idempotency_key          TEXT        CHECK (char_length(idempotency_key) BETWEEN 1 AND 255),
    idempotency_request_hash TEXT,
    created_at               TIMESTAMPTZ NOT NULL,
    CONSTRAINT booking_seats_idempotency_ck CHECK ((idempotency_scope IS NULL) = (idempotency_key IS NULL)),
    CONSTRAINT booking_seats_idempotency_uq UNIQUE (idempotency_scope, idempotency_key)
);
CREATE INDEX booking_seats_booking_idx ON booking_seats (booking_id);

--changeset kairos:004-slot-reservations
-- A reserved slot is hidden from slots and refused to other bookers until reserved_until; the
-- uid is the reservation's credential (the endpoints are public).
CREATE TABLE slot_reservations (
    id             BIGSERIAL PRIMARY KEY,
    uid            TEXT        NOT NULL UNIQUE,
    event_type_id  BIGINT      NOT NULL REFERENCES event_types (id) ON DELETE CASCADE,
    slot_start     TIMESTAMPTZ NOT NULL,
    slot_end       TIMESTAMPTZ NOT NULL,
    reserved_until TIMESTAMPTZ NOT NULL,
    -- Who reserved, when authenticated; NULL for anonymous bookers.
    api_key_id     BIGINT      REFERENCES api_keys (id) ON DELETE SET NULL,
    user_id        BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT slot_reservations_time_ck CHECK (slot_start < slot_end)
);
CREATE INDEX slot_reservations_event_type_start_idx ON slot_reservations (event_type_id, slot_start);
-- Expired reservations are ignored by reads and swept by this index.
CREATE INDEX slot_reservations_reserved_until_idx ON slot_reservations (reserved_until);
