package dev.kairos.organization.plan;

import dev.kairos.organization.plan.PlanType.Limits;
import dev.kairos.organization.plan.api.PlanLimitsResponse;
import dev.kairos.organization.plan.api.SubscriptionRequest;
import dev.kairos.organization.plan.api.SubscriptionResponse;
import dev.kairos.organization.plan.api.UsageResponse;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Organisations' plans: the platform administrator sets them (a tenant cannot grant itself one);
 * the organisation's admins and owners read them and what they use of them.
 */
@ApplicationScoped
@Transactional
public class SubscriptionService {

    private final SubscriptionRepository subscriptions;
    private final PlanUsage usage;
    private final TeamAccess access;
    private final Clock clock;

    SubscriptionService(SubscriptionRepository subscriptions, PlanUsage usage, TeamAccess access, Clock clock) {
        this.subscriptions = subscriptions;
        this.usage = usage;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The organisation's plan, for its admins and owners and platform administrators.
     *
     * @throws ApiException 404 for an organisation the caller is not in, or one without a plan; 403 for its members
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionResponse get(Caller caller, long orgId) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        return subscriptions.findOfOrganization(orgId).map(SubscriptionService::view)
                .orElseThrow(() -> ApiException.notFound("Organization " + orgId + " has no plan, so nothing limits it; "
                        + "the platform administrator sets one with PUT /v2/organizations/" + orgId + "/subscription"));
    }

    /**
     * Sets the organisation's plan, replacing the one it had. Platform administrators only.
     * Lowering a plan below what is in use removes nothing: further creations are refused.
     *
     * @throws ApiException 404 for an organisation the caller is not in; 403 for anyone else in it; 422 for a period that ends before it starts
     */
    public SubscriptionResponse put(Caller caller, long orgId, SubscriptionRequest request) {
        access.requireInOrganization(caller, orgId, TeamRole.MEMBER);
        if (!caller.platformAdmin()) {
            throw ApiException.forbidden("Only the platform administrator sets an organization's plan");
        }
        Instant start = instant(request.currentPeriodStart());
        Instant end = instant(request.currentPeriodEnd());
        if (start != null && end != null && !end.isAfter(start)) {
            throw ApiException.validation("currentPeriodEnd", "must be after currentPeriodStart (" + start + ")");
        }
        Instant now = clock.instant();
        Subscription subscription = subscriptions.findOfOrganization(orgId).orElseGet(() -> Subscription.of(orgId, now));
        subscription.planType = PlanType.fromWire(request.planType()).orElseThrow();
        subscription.status = request.status() == null ? "active" : request.status().replace("canceled", "cancelled");
        subscription.currentPeriodStart = start;
        subscription.currentPeriodEnd = end;
        subscription.updatedAt = now;
        if (subscription.id == null) {
            subscriptions.persist(subscription);
        }
        subscriptions.flush();
        return view(subscription);
    }

    /**
     * The organisation's counts against its plan's limits (no limits without a plan), with this
     * month's bookings by the business clock.
     *
     * @throws ApiException 404 for an organisation the caller is not in; 403 for its members
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UsageResponse usage(Caller caller, long orgId) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        Subscription subscription = subscriptions.findOfOrganization(orgId).orElse(null);
        Limits limits = subscription == null ? new Limits(null, null, null) : subscription.planType.limits();
        BillingMonth month = BillingMonth.of(clock.instant());
        return new UsageResponse(subscription == null ? null : subscription.planType.wireName(),
                subscription == null ? null : subscription.status,
                new UsageResponse.Period(month.start(), month.end()),
                new UsageResponse.Counter(usage.members(orgId), limits.members()),
                new UsageResponse.Counter(usage.bookings(orgId, month.start(), month.end()), limits.bookingsPerMonth()),
                new UsageResponse.Counter(usage.eventTypes(orgId), limits.eventTypes()));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static SubscriptionResponse view(Subscription s) {
        Limits limits = s.planType.limits();
        return new SubscriptionResponse(s.organizationId, s.planType.wireName(), s.status, s.currentPeriodStart, s.currentPeriodEnd,
                new PlanLimitsResponse(limits.members(), limits.bookingsPerMonth(), limits.eventTypes()), s.createdAt, s.updatedAt);
    }
}
