--liquibase formatted sql

--changeset kairos:015-oauth-clients
-- Platform OAuth clients (API.md, Partners): an organisation's partner application. The secret is
-- shown once and only its SHA-256 is kept, like an API key's. Deleting a client deletes its token
-- families and refresh tokens, which is what revokes every access token it issued.
CREATE TABLE oauth_clients (
    id                 BIGSERIAL PRIMARY KEY,
    client_id          TEXT        NOT NULL UNIQUE,
    secret_hash        TEXT        NOT NULL,
    organization_id    BIGINT      NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    name               TEXT        NOT NULL,
    redirect_uris      JSONB       NOT NULL DEFAULT '[]'::jsonb,
    permissions        JSONB       NOT NULL DEFAULT '[]'::jsonb,
    created_by_user_id BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX oauth_clients_organization_idx ON oauth_clients (organization_id, id);

-- The users a client created (its managed users); only these may hold its tokens.
CREATE TABLE oauth_managed_users (
    id         BIGSERIAL PRIMARY KEY,
    client_pk  BIGINT      NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT oauth_managed_users_uq UNIQUE (client_pk, user_id)
);

-- A token family: one chain of refresh tokens, each spent to get the next, and the access tokens
-- issued along it (their "fam" claim). Every authenticated request checks its family is alive, so
-- revoking a family (refresh token reuse, force-refresh) or deleting the client or the user ends
-- its access tokens at once, not when they expire.
CREATE TABLE oauth_token_families (
    id         UUID PRIMARY KEY,
    client_pk  BIGINT      NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    revoked_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX oauth_token_families_user_idx ON oauth_token_families (client_pk, user_id);

CREATE TABLE oauth_refresh_tokens (
    id         BIGSERIAL PRIMARY KEY,
    family_id  UUID        NOT NULL REFERENCES oauth_token_families (id) ON DELETE CASCADE,
    token_hash TEXT        NOT NULL UNIQUE,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX oauth_refresh_tokens_family_idx ON oauth_refresh_tokens (family_id);
