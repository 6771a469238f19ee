--liquibase formatted sql

--changeset kairos:013-landing-settings
-- An organisation's public landing page (API.md, Partners, "Landing settings"; the ERD's
-- TenantLandingSettings). At most one per organisation; the API replaces it whole.
CREATE TABLE organization_landing_settings (
    id                 BIGSERIAL PRIMARY KEY,
    organization_id    BIGINT      NOT NULL UNIQUE REFERENCES teams (id) ON DELETE CASCADE,
    template_id        TEXT        NOT NULL CHECK (template_id IN ('education', 'tutor_personal', 'center_small', 'kids_1', 'kids_2')),
    primary_color      TEXT,
    secondary_color    TEXT,
    logo_url           TEXT,
    hero_image_url     TEXT,
    page_title         TEXT,
    page_subtitle      TEXT,
    teacher_bio        TEXT,
    teacher_avatar_url TEXT,
    -- {facebook, instagram, youtube, tiktok}: https URLs, other keys refused by the API.
    social_links       JSONB       NOT NULL DEFAULT '{}'::jsonb,
    cta_text           TEXT,
    meta_title         TEXT,
    meta_description   TEXT,
    is_published       BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
