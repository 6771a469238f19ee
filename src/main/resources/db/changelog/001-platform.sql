--liquibase formatted sql

--changeset kairos:001-extensions
CREATE EXTENSION IF NOT EXISTS btree_gist;

--changeset kairos:001-teams
CREATE TABLE teams (
    id              BIGSERIAL PRIMARY KEY,
    name            TEXT        NOT NULL,
    slug            TEXT        NOT NULL,
    parent_id       BIGINT      REFERENCES teams (id) ON DELETE CASCADE,
    is_organization BOOLEAN     NOT NULL DEFAULT FALSE,
    is_platform     BOOLEAN     NOT NULL DEFAULT FALSE,
    is_private      BOOLEAN     NOT NULL DEFAULT FALSE,
    metadata        JSONB       NOT NULL DEFAULT '{}'::jsonb,
    logo_url        TEXT,
    bio             TEXT,
    brand_color     TEXT,
    banner_url      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
-- A slug is unique among the teams of one parent (top-level teams and organisations share parent 0).
CREATE UNIQUE INDEX teams_slug_per_parent_uq ON teams (COALESCE(parent_id, 0), lower(slug));

--changeset kairos:001-users
CREATE TABLE users (
    id                  BIGSERIAL PRIMARY KEY,
    uuid                UUID        NOT NULL UNIQUE,
    email               TEXT        NOT NULL,
    username            TEXT        NOT NULL,
    name                TEXT        NOT NULL,
    time_zone           TEXT        NOT NULL DEFAULT 'UTC',
    locale              TEXT        NOT NULL DEFAULT 'en',
    time_format         SMALLINT    NOT NULL DEFAULT 24 CHECK (time_format IN (12, 24)),
    week_start          TEXT        NOT NULL DEFAULT 'Monday',
    default_schedule_id BIGINT,
    organization_id     BIGINT      REFERENCES teams (id),
    platform_admin      BOOLEAN     NOT NULL DEFAULT FALSE,
    metadata            JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX users_email_uq ON users (lower(email));
CREATE UNIQUE INDEX users_username_uq ON users (lower(username));

--changeset kairos:001-memberships
CREATE TABLE memberships (
    id         BIGSERIAL PRIMARY KEY,
    team_id    BIGINT      NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role       TEXT        NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'MEMBER')),
    accepted   BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (team_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

--changeset kairos:001-api-keys
CREATE TABLE api_keys (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT,
    -- SHA-256 of the whole key, lowercase hex; the key itself is never stored.
    key_hash     TEXT        NOT NULL UNIQUE,
    key_prefix   TEXT        NOT NULL,
    last4        TEXT        NOT NULL,
    expires_at   TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    -- Per-key overrides: {"BOOKINGS_CREATE": {"perMinute": 10, "burst": 20}}
    rate_limits  JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX api_keys_user_idx ON api_keys (user_id, id);

--changeset kairos:001-business-clock
-- The business clock's instant while KAIROS_CLOCK_FIXED is set, shared by every instance.
-- fixed_from is the KAIROS_CLOCK_FIXED value that seeded it: a restart with the same value keeps
-- a clock that an administrator moved, a new value starts over from it.
CREATE TABLE business_clock (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    now_at     TIMESTAMPTZ NOT NULL,
    fixed_from TIMESTAMPTZ NOT NULL
);
