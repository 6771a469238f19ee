--liquibase formatted sql

--changeset kairos:009-routing-forms
-- Routing forms (Cal.com routing forms): questions, ordered routes and a fallback action. Fields,
-- routes and the fallback are read and written whole, so they are JSONB in their wire shape
-- (rule values normalised when saved); ownership is columns. A form without team_id belongs to
-- owner_user_id alone; with team_id it is the team's, and owner_user_id records who created it
-- (whose personal event types it may also route to).
CREATE TABLE routing_forms (
    id              BIGSERIAL PRIMARY KEY,
    owner_user_id   BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    team_id         BIGINT      REFERENCES teams (id) ON DELETE CASCADE,
    name            TEXT        NOT NULL,
    fields          JSONB       NOT NULL,
    routes          JSONB       NOT NULL,
    fallback_action JSONB       NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX routing_forms_owner_idx ON routing_forms (owner_user_id, id) WHERE team_id IS NULL;
CREATE INDEX routing_forms_team_idx ON routing_forms (team_id, id) WHERE team_id IS NOT NULL;

--changeset kairos:009-routing-form-responses
-- One row per submitted form: the checked answers, where they were routed (as returned to the
-- booker, so later edits of the form do not rewrite history) and the booking they led to, if any.
CREATE TABLE routing_form_responses (
    id         BIGSERIAL PRIMARY KEY,
    form_id    BIGINT      NOT NULL REFERENCES routing_forms (id) ON DELETE CASCADE,
    responses  JSONB       NOT NULL,
    routed_to  JSONB       NOT NULL,
    booking_id BIGINT      REFERENCES bookings (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX routing_form_responses_form_idx ON routing_form_responses (form_id, id);
CREATE INDEX routing_form_responses_booking_idx ON routing_form_responses (booking_id) WHERE booking_id IS NOT NULL;
