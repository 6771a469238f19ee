--liquibase formatted sql

--changeset kairos:005-webhooks
CREATE TABLE webhooks (
    id               BIGSERIAL PRIMARY KEY,
    -- Exactly one owner: a user (/v2/webhooks) or an event type (/v2/event-types/{id}/webhooks).
    user_id          BIGINT      REFERENCES users (id) ON DELETE CASCADE,
    event_type_id    BIGINT      REFERENCES event_types (id) ON DELETE CASCADE,
    subscriber_url   TEXT        NOT NULL,
    active           BOOLEAN     NOT NULL DEFAULT TRUE,
    -- Cal.com trigger names (BOOKING_CREATED, ...). Not constrained here: subscriptions accept
    -- triggers Kairos does not emit yet, and the list grows.
    triggers         TEXT[]      NOT NULL DEFAULT '{}',
    payload_template TEXT,
    -- Signing key. It must be recoverable to sign deliveries, so it is never hashed.
    secret           TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT webhooks_one_owner_ck CHECK ((user_id IS NULL) <> (event_type_id IS NULL))
);
CREATE UNIQUE INDEX webhooks_user_url_uq ON webhooks (user_id, subscriber_url) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX webhooks_event_type_url_uq ON webhooks (event_type_id, subscriber_url) WHERE event_type_id IS NOT NULL;

--changeset kairos:005-webhook-deliveries
-- Transactional outbox: a row is written in the same transaction as the change it reports.
-- Dispatchers on any instance claim due rows with FOR UPDATE SKIP LOCKED, mark them delivering
-- with next_attempt_at = now + timeout as a lease (a row whose lease ran out was left by a dead
-- instance and is claimed again), then record the outcome: succeeded, pending with the next
-- retry time, or failed after the last retry.
CREATE TABLE webhook_deliveries (
    id               BIGSERIAL PRIMARY KEY,
    webhook_id       BIGINT      NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    -- Standard Webhooks `webhook-id`: the same on every attempt so subscribers can deduplicate.
    event_id         UUID        NOT NULL,
    trigger          TEXT        NOT NULL,
    -- The exact body bytes (compact JSON). Text, not JSONB: the signature covers these bytes,
    -- and JSONB would reorder keys and change them between attempts.
    body             TEXT        NOT NULL,
    status           TEXT        NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'delivering', 'succeeded', 'failed')),
    attempts         INTEGER     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- Due time while pending, lease end while delivering, NULL once succeeded or failed.
    next_attempt_at  TIMESTAMPTZ,
    last_status_code INTEGER,
    last_error       TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    delivered_at     TIMESTAMPTZ,
    CONSTRAINT webhook_deliveries_due_ck CHECK (status NOT IN ('pending', 'delivering') OR next_attempt_at IS NOT NULL)
);
-- The dispatcher's claim: WHERE status = 'pending' AND next_attempt_at <= :now ORDER BY
-- next_attempt_at (plus expired 'delivering' leases). Finished rows stay out of the index.
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at)
    WHERE status IN ('pending', 'delivering');
-- Delivery log of a webhook, newest first.
CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, id DESC);
