--liquibase formatted sql

--changeset kairos:003-event-types
-- One row per event type (Cal.com API v2, 2024-06-14). Nested API objects that are read and
-- written whole (locations, bookingFields, limits, window, recurrence, confirmationPolicy) are
-- JSONB in their Cal.com wire shape; anything a query or a rule needs on its own is a column.
CREATE TABLE event_types (
    id                                    BIGSERIAL PRIMARY KEY,
    -- Exactly one owner: a user (personal event type) or a team.
    owner_user_id                         BIGINT      REFERENCES users (id) ON DELETE CASCADE,
    team_id                               BIGINT      REFERENCES teams (id) ON DELETE CASCADE,
    -- A managed team event type is a template; each assigned member gets a child event type of
    -- their own (owner_user_id set) that points at it, as in Cal.com.
    parent_id                             BIGINT      REFERENCES event_types (id) ON DELETE CASCADE,
    -- Team event types only; personal ones have none.
    scheduling_type                       TEXT        CHECK (scheduling_type IN ('collective', 'roundRobin', 'managed')),
    assign_all_team_members               BOOLEAN     NOT NULL DEFAULT FALSE,
    title                                 TEXT        NOT NULL,
    slug                                  TEXT        NOT NULL,
    description                           TEXT,
    length_in_minutes                     INTEGER     NOT NULL CHECK (length_in_minutes > 0),
    -- Other lengths a booker may pick; length_in_minutes is the default among them.
    length_in_minutes_options             INTEGER[],
    locations                             JSONB       NOT NULL DEFAULT '[]'::jsonb,
    booking_fields                        JSONB       NOT NULL DEFAULT '[]'::jsonb,
    disable_guests                        BOOLEAN     NOT NULL DEFAULT FALSE,
    -- Minutes between slot starts; NULL = the event length.
    slot_interval                         INTEGER     CHECK (slot_interval > 0),
    -- All durations below are minutes.
    minimum_booking_notice                INTEGER     NOT NULL DEFAULT 0 CHECK (minimum_booking_notice >= 0),
    before_event_buffer                   INTEGER     NOT NULL DEFAULT 0 CHECK (before_event_buffer >= 0),
    after_event_buffer                    INTEGER     NOT NULL DEFAULT 0 CHECK (after_event_buffer >= 0),
    offset_start                          INTEGER     NOT NULL DEFAULT 0 CHECK (offset_start >= 0),
    -- NULL = the owner's default schedule (hosts may have their own, see event_type_hosts).
    -- Deleting a schedule in use is refused (409) by the service; NO ACTION (checked at the end
    -- of the statement) still lets a user's deletion cascade through both tables.
    schedule_id                           BIGINT      REFERENCES schedules (id),
    -- {day, week, month, year} counts / minutes; NULL = no limit.
    booking_limits_count                  JSONB,
    booking_limits_duration               JSONB,
    only_show_first_available_slot        BOOLEAN     NOT NULL DEFAULT FALSE,
    -- {type: businessDays|calendarDays|range, value, rolling}; NULL = unlimited.
    booking_window                        JSONB,
    -- {interval, occurrences, frequency: weekly|monthly|yearly}; NULL = not recurring.
    recurrence                            JSONB,
    -- {type: always|time, noticeThreshold?, blockUnconfirmedBookingsInBooker}; NULL = bookings
    -- are accepted straight away.
    confirmation_policy                   JSONB,
    -- confirmationPolicy.blockUnconfirmedBookingsInBooker, kept as a column because it decides
    -- whether a pending booking's booking_hosts rows are blocking.
    block_unconfirmed_bookings            BOOLEAN     NOT NULL DEFAULT FALSE,
    -- NULL = not seated.
    seats_per_time_slot                   INTEGER     CHECK (seats_per_time_slot > 0),
    seats_show_attendees                  BOOLEAN     NOT NULL DEFAULT FALSE,
    seats_show_availability_count         BOOLEAN     NOT NULL DEFAULT FALSE,
    -- Unlisted, not private: slots and bookings by id still work.
    hidden                                BOOLEAN     NOT NULL DEFAULT FALSE,
    -- Minor units (cents), as in Cal.com.
    price                                 INTEGER     NOT NULL DEFAULT 0 CHECK (price >= 0),
    currency                              TEXT        NOT NULL DEFAULT 'usd' CHECK (currency ~ '^[A-Za-z]{3}$'),
    metadata                              JSONB       NOT NULL DEFAULT '{}'::jsonb,
    -- Partner (Immersio) fields; the ERD's metadata keys are accepted as aliases by the API.
    whitelist_enabled                     BOOLEAN     NOT NULL DEFAULT FALSE,
    refund_window_hours                   INTEGER     CHECK (refund_window_hours >= 0),
    cancellation_notice_hours             INTEGER     CHECK (cancellation_notice_hours >= 0),
    -- Further Cal.com 2024-06-14 fields that Kairos stores and echoes but does not act on.
    booker_layouts                        JSONB,
    color                                 JSONB,
    custom_name                           TEXT,
    destination_calendar                  JSONB,
    use_destination_calendar_email        BOOLEAN     NOT NULL DEFAULT FALSE,
    hide_calendar_notes                   BOOLEAN     NOT NULL DEFAULT FALSE,
    hide_calendar_event_details           BOOLEAN     NOT NULL DEFAULT FALSE,
    hide_organizer_email                  BOOLEAN     NOT NULL DEFAULT FALSE,
    requires_booker_email_verification    BOOLEAN     NOT NULL DEFAULT FALSE,
    lock_time_zone_toggle_on_booking_page BOOLEAN     NOT NULL DEFAULT FALSE,
    success_redirect_url                  TEXT,
    forward_params_success_redirect       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at                            TIMESTAMPTZ NOT NULL,
    updated_at                            TIMESTAMPTZ NOT NULL,
    CONSTRAINT event_types_one_owner_ck CHECK ((owner_user_id IS NULL) <> (team_id IS NULL)),
    CONSTRAINT event_types_scheduling_type_ck CHECK ((team_id IS NULL) = (scheduling_type IS NULL))
);
-- Booking pages are /{username}/{slug} and /team/{teamSlug}/{slug}: a slug is unique per owner.
-- Look slugs up with lower(slug) so these indexes serve the query.
CREATE UNIQUE INDEX event_types_user_slug_uq ON event_types (owner_user_id, lower(slug)) WHERE owner_user_id IS NOT NULL;
CREATE UNIQUE INDEX event_types_team_slug_uq ON event_types (team_id, lower(slug)) WHERE team_id IS NOT NULL;
CREATE INDEX event_types_schedule_idx ON event_types (schedule_id) WHERE schedule_id IS NOT NULL;
CREATE INDEX event_types_parent_idx ON event_types (parent_id) WHERE parent_id IS NOT NULL;

--changeset kairos:003-event-type-hosts
-- Hosts of a team event type (Cal.com `hosts`). With assign_all_team_members the service keeps
-- one row per accepted member.
CREATE TABLE event_type_hosts (
    id            BIGSERIAL PRIMARY KEY,
    event_type_id BIGINT      NOT NULL REFERENCES event_types (id) ON DELETE CASCADE,
    user_id       BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Collective: a mandatory host must be free; round robin: always added to the booking.
    mandatory     BOOLEAN     NOT NULL DEFAULT FALSE,
    priority      TEXT        NOT NULL DEFAULT 'medium'
        CHECK (priority IN ('lowest', 'low', 'medium', 'high', 'highest')),
    weight        INTEGER     NOT NULL DEFAULT 100 CHECK (weight BETWEEN 1 AND 1000),
    -- Round-robin host group: union of availability within a group, intersection across groups.
    -- NULL = the single default group.
    group_id      TEXT,
    -- NULL = the host's default schedule. NO ACTION for the same reason as event_types.schedule_id.
    schedule_id   BIGINT      REFERENCES schedules (id),
    created_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT event_type_hosts_uq UNIQUE (event_type_id, user_id)
);
CREATE INDEX event_type_hosts_user_idx ON event_type_hosts (user_id);
CREATE INDEX event_type_hosts_schedule_idx ON event_type_hosts (schedule_id) WHERE schedule_id IS NOT NULL;

--changeset kairos:003-round-robin-state
-- Round-robin turn state per event type (e.g. last assigned host, per-host counters). Bookings
-- read and update it under SELECT ... FOR UPDATE, so concurrent bookings on any number of
-- instances never take the same turn. The row is created with the event type.
CREATE TABLE round_robin_state (
    event_type_id BIGINT      PRIMARY KEY REFERENCES event_types (id) ON DELETE CASCADE,
    state         JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
