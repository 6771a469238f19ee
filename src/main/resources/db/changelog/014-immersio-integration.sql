--liquibase formatted sql

--changeset kairos:014-immersio-integrations
-- One Immersio connection per organisation (API.md, Partners; the ERD's ImmersioIntegration). The
-- API key and the webhook secret are stored sealed (platform/secrets SecretBox, AES-256-GCM), never
-- in plain text; api_key_last4 is what the API shows of the key.
-- A sync run is claimed on this row: sync_token names the run holding it and sync_lease_until (the
-- database's clock, shared by every instance) is renewed while it runs, so a crashed run's claim
-- expires and the next trigger takes over instead of the organisation staying 'syncing' forever.
CREATE TABLE immersio_integrations (
    id                    BIGSERIAL PRIMARY KEY,
    organization_id       BIGINT      NOT NULL UNIQUE REFERENCES teams (id) ON DELETE CASCADE,
    base_url              TEXT        NOT NULL,
    api_key_sealed        TEXT        NOT NULL,
    api_key_last4         TEXT,
    webhook_secret_sealed TEXT,
    sync_enabled          BOOLEAN     NOT NULL DEFAULT FALSE,
    sync_status           TEXT        NOT NULL DEFAULT 'pending'
                          CHECK (sync_status IN ('pending', 'syncing', 'success', 'partial', 'failed')),
    sync_error_message    TEXT,
    last_sync_at          TIMESTAMPTZ,
    sync_token            UUID,
    sync_log_id           BIGINT,
    sync_claimed_at       TIMESTAMPTZ,
    sync_lease_until      TIMESTAMPTZ,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX immersio_integrations_enabled_idx ON immersio_integrations (organization_id) WHERE sync_enabled;

--changeset kairos:014-immersio-course-mappings
-- Which Immersio course feeds which event type's whitelist (the ERD's ImmersioCourseMapping). A
-- course may feed several event types and an event type may take several courses.
CREATE TABLE immersio_course_mappings (
    id                   BIGSERIAL PRIMARY KEY,
    organization_id      BIGINT      NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    course_id            TEXT        NOT NULL,
    course_name          TEXT,
    event_type_id        BIGINT      NOT NULL REFERENCES event_types (id) ON DELETE CASCADE,
    sync_students        BOOLEAN     NOT NULL DEFAULT TRUE,
    last_student_sync_at TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    CONSTRAINT immersio_course_mappings_key UNIQUE (organization_id, course_id, event_type_id)
);
CREATE INDEX immersio_course_mappings_event_type_idx ON immersio_course_mappings (event_type_id);

--changeset kairos:014-immersio-sync-logs
-- One row per sync run (the ERD's ImmersioSyncLog); 'running' until the run ends.
CREATE TABLE immersio_sync_logs (
    id                BIGSERIAL PRIMARY KEY,
    organization_id   BIGINT      NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    sync_type         TEXT        NOT NULL CHECK (sync_type IN ('courses', 'students')),
    direction         TEXT        NOT NULL CHECK (direction IN ('pull', 'push')),
    trigger           TEXT        NOT NULL CHECK (trigger IN ('manual', 'scheduled')),
    records_processed INTEGER     NOT NULL DEFAULT 0,
    records_failed    INTEGER     NOT NULL DEFAULT 0,
    status            TEXT        NOT NULL CHECK (status IN ('running', 'success', 'partial', 'failed')),
    error_details     JSONB       NOT NULL DEFAULT '[]'::jsonb,
    started_at        TIMESTAMPTZ NOT NULL,
    completed_at      TIMESTAMPTZ
);
CREATE INDEX immersio_sync_logs_org_idx ON immersio_sync_logs (organization_id, id DESC);

--changeset kairos:014-whitelist-source
-- Where a whitelist entry came from: 'manual' (the whitelist API) or 'sync' (an Immersio course
-- sync). A sync only updates and removes its own entries, never hand-added ones.
ALTER TABLE event_type_whitelist ADD COLUMN source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'sync'));
