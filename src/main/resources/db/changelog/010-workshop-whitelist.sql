--liquibase formatted sql

--changeset kairos:010-workshop-whitelist
-- Partner workshop whitelists (API.md, Partners; the ERD's WorkshopWhitelist): while an event
-- type's whitelist is enabled only these emails may book it. Emails are stored trimmed and
-- lower-cased (by Kairos, the same way on import and on lookup), so the unique key is also the
-- index of the case-insensitive check a booking makes.
CREATE TABLE event_type_whitelist (
    id                  BIGSERIAL PRIMARY KEY,
    event_type_id       BIGINT      NOT NULL REFERENCES event_types (id) ON DELETE CASCADE,
    email               TEXT        NOT NULL,
    name                TEXT,
    external_student_id TEXT,
    added_by_user_id    BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    CONSTRAINT event_type_whitelist_email_key UNIQUE (event_type_id, email)
);
