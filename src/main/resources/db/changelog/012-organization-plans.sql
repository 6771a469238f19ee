--liquibase formatted sql

--changeset kairos:012-organization-plans
-- An organisation's plan (API.md, Partners, "Plans"; the ERD's TenantSubscription). At most one
-- per organisation; none = no limits (self-hosted installs do not sell plans). The limits follow
-- from plan_type in code, so changing a plan's limits needs no data migration. Billing (Stripe
-- ids, billing period) lives with whoever sells the plan, not here; the platform administrator
-- records the outcome.
CREATE TABLE organization_subscriptions (
    id                   BIGSERIAL PRIMARY KEY,
    organization_id      BIGINT      NOT NULL UNIQUE REFERENCES teams (id) ON DELETE CASCADE,
    plan_type            TEXT        NOT NULL CHECK (plan_type IN ('lite', 'starter', 'growth', 'pro', 'enterprise')),
    status               TEXT        NOT NULL CHECK (status IN ('active', 'trialing', 'past_due', 'cancelled')),
    current_period_start TIMESTAMPTZ,
    current_period_end   TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    CONSTRAINT organization_subscriptions_period_ck CHECK (current_period_end > current_period_start)
);

--changeset kairos:012-organization-lookups
-- Plan limits count an organisation's users and teams: by users.organization_id and
-- teams.parent_id, which had no index of their own.
CREATE INDEX users_organization_idx ON users (organization_id) WHERE organization_id IS NOT NULL;
CREATE INDEX teams_parent_idx ON teams (parent_id) WHERE parent_id IS NOT NULL;
