package dev.kairos.organization.plan;

import dev.kairos.organization.plan.PlanType.Limits;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import dev.kairos.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Enforces an organisation's plan where users, event types and bookings are created. Call inside
 * the creating transaction, before the insert: with a finite limit it takes the organisation's
 * plan lock (held until commit) and counts, so concurrent creations at the limit let exactly as
 * many through as fit. Without an organisation, a subscription or a finite limit it costs nothing
 * more than reading the subscription (and nothing at all without an organisation).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanLimits {

    private final SubscriptionRepository subscriptions;
    private final PlanUsage usage;
    private final EntityManager entityManager;
    private final Clock clock;

    PlanLimits(SubscriptionRepository subscriptions, PlanUsage usage, EntityManager entityManager, Clock clock) {
        this.subscriptions = subscriptions;
        this.usage = usage;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Admits one more user of the organisation.
     *
     * @throws ApiException 403 PLAN_LIMIT_EXCEEDED when the plan's members are all taken
     */
    public void admitMember(long orgId) {
        admit(orgId, 1, Limits::members, "members", "member", usage::members);
    }

    /**
     * Admits one more event type of the organisation; null = an event type of no organisation.
     *
     * @throws ApiException 403 PLAN_LIMIT_EXCEEDED when the plan's event types are all taken
     */
    public void admitEventType(Long orgId) {
        if (orgId != null) {
            admit(orgId, 1, Limits::eventTypes, "eventTypes", "event type", usage::eventTypes);
        }
    }

    /**
     * Admits {@code count} new bookings (the occurrences of a series, or one seat) of an event
     * type. The booking path is hot, so the organisation is worked out from what it already has:
     * an event type whose host belongs to no organisation belongs to none (an organisation's teams
     * only have its own users as members), and nothing is queried.
     *
     * @param hostOrganizationId the organisation of the event type's owner, or of its first host for a team event type
     * @param teamId             the event type's team; null for a personal event type
     * @throws ApiException 403 PLAN_LIMIT_EXCEEDED when they do not fit in this month's bookings
     */
    public void admitBookings(Long hostOrganizationId, Long teamId, int count) {
        if (hostOrganizationId == null) {
            return;
        }
        Long orgId = teamId == null ? hostOrganizationId : organizationOfTeam(teamId);
        if (orgId != null) {
            BillingMonth month = BillingMonth.of(clock.instant());
            admit(orgId, count, Limits::bookingsPerMonth, "bookingsPerMonth", "booking",
                    org -> usage.bookings(org, month.start(), month.end()));
        }
    }

    /** The team's organisation, through the session: no query when the request loaded the team already (booked by team slug). */
    private Long organizationOfTeam(long teamId) {
        Team team = entityManager.find(Team.class, teamId);
        return team == null ? null : team.parentId;
    }

    /** @param what the counted thing, singular */
    private void admit(long orgId, int adding, Function<Limits, Integer> limitOf, String field, String what, ToLongFunction<Long> used) {
        Optional<Subscription> subscription = subscriptions.findOfOrganization(orgId);
        Integer limit = subscription.map(s -> limitOf.apply(s.planType.limits())).orElse(null);
        if (limit == null) {
            return;
        }
        usage.lock(orgId);
        long inUse = used.applyAsLong(orgId);
        if (inUse + adding > limit) {
            String plan = subscription.get().planType.wireName();
            String allowed = limit + " " + what + (limit == 1 ? "" : "s") + (field.equals("bookingsPerMonth") ? " per month" : "");
            throw new ApiException(ErrorCode.PLAN_LIMIT_EXCEEDED, "The organization's " + plan + " plan allows " + allowed
                    + " (" + inUse + " used" + (adding > 1 ? ", " + adding + " more requested" : "")
                    + "); ask the platform administrator for a larger plan, or free some first",
                    List.of(new ErrorDetail(field, "limit " + limit + " of the " + plan + " plan reached")), Map.of());
        }
    }
}
