--liquibase formatted sql

--changeset kairos:002-schedules
CREATE TABLE schedules (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT        NOT NULL,
    -- IANA zone; weekly rules and overrides are wall-clock times in this zone, so DST is handled
    -- by converting each interval, never by a fixed offset.
    time_zone  TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX schedules_user_idx ON schedules (user_id, id);

--changeset kairos:002-schedule-availability
-- Weekly rules: on each of `days`, available from start_time to end_time (schedule's zone).
-- A schedule's rules are replaced as a whole on PATCH, so rows carry no timestamps of their own.
CREATE TABLE schedule_availability (
    id          BIGSERIAL PRIMARY KEY,
    schedule_id BIGINT  NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
    -- ISO weekdays, 1 = Monday .. 7 = Sunday (java.time.DayOfWeek#getValue).
    days        INTEGER[] NOT NULL
        CHECK (cardinality(days) BETWEEN 1 AND 7 AND days <@ ARRAY[1, 2, 3, 4, 5, 6, 7]),
    start_time  TIME    NOT NULL,
    -- '24:00' means end of day (PostgreSQL TIME accepts it; pgjdbc maps it to LocalTime.MAX).
    end_time    TIME    NOT NULL,
    -- TIME '24:00' sorts after every other time, so this also admits "until end of day".
    CHECK (start_time < end_time)
);
CREATE INDEX schedule_availability_schedule_idx ON schedule_availability (schedule_id);

--changeset kairos:002-schedule-overrides
-- Date overrides: the rows of a date replace that date's weekly hours; several rows on one date
-- are several ranges. start_time = end_time = '00:00' marks the whole day unavailable.
CREATE TABLE schedule_overrides (
    id          BIGSERIAL PRIMARY KEY,
    schedule_id BIGINT NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
    date        DATE   NOT NULL,
    start_time  TIME   NOT NULL,
    end_time    TIME   NOT NULL,
    CHECK (start_time < end_time OR (start_time = '00:00' AND end_time = '00:00'))
);
CREATE INDEX schedule_overrides_schedule_date_idx ON schedule_overrides (schedule_id, date);

--changeset kairos:002-users-default-schedule-fk
-- users (001) predates schedules, so the default schedule's foreign key is added here. Deleting
-- the default schedule leaves the user without one rather than failing.
ALTER TABLE users
    ADD CONSTRAINT users_default_schedule_fk
        FOREIGN KEY (default_schedule_id) REFERENCES schedules (id) ON DELETE SET NULL;
-- Deleting a schedule looks up the users pointing at it.
CREATE INDEX users_default_schedule_idx ON users (default_schedule_id) WHERE default_schedule_id IS NOT NULL;
