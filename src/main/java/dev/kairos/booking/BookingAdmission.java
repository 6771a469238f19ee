package dev.kairos.booking;

import dev.kairos.booking.api.CreateBookingRequest.Routing;
import dev.kairos.eventtype.EventTypeRules;
import dev.kairos.eventtype.Whitelist;
import dev.kairos.organization.plan.PlanLimits;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import dev.kairos.routing.RoutingResponses;
import dev.kairos.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * What other capabilities say about a new booking before any lock is taken: whether the workshop
 * whitelist admits the booker, whether the organisation's plan has room for the bookings, and
 * which team members a routing form (or the request) allows;
 * and, once the booking exists, linking it to the routing form response that led to it.
 */
@ApplicationScoped
class BookingAdmission {

    private final Whitelist whitelist;
    private final RoutingResponses routingResponses;
    private final PlanLimits plans;

    BookingAdmission(Whitelist whitelist, RoutingResponses routingResponses, PlanLimits plans) {
        this.whitelist = whitelist;
        this.routingResponses = routingResponses;
        this.plans = plans;
    }

    /**
     * Refuses bookings the event type's organisation has no room for this month. Called before
     * the hosts' lock: the organisation's plan lock, when its plan has a limit, comes first.
     * Hosts outside organisations pay nothing for it.
     *
     * @param host     the provisional organiser (the owner of a personal event type)
     * @param bookings how many the request creates (the occurrences of a series)
     * @throws ApiException 403 PLAN_LIMIT_EXCEEDED
     */
    void checkPlan(EventTypeRules eventType, User host, int bookings) {
        plans.admitBookings(host.organizationId, eventType.teamId(), bookings);
    }

    /**
     * Refuses a booker the event type's enabled whitelist does not list. Called before any lock or
     * seat: a booker off the list must not hold up, or take, anyone's seat.
     *
     * @throws ApiException 403 WHITELIST_REQUIRED
     */
    void checkWhitelist(EventTypeRules eventType, String email) {
        if (eventType.whitelistEnabled() && !whitelist.admits(eventType.id(), email)) {
            String who = email == null || email.isBlank() ? "a booking without an attendee email is not" : email + " is not";
            throw new ApiException(ErrorCode.WHITELIST_REQUIRED, "This event type only accepts bookings from its whitelist, and " + who
                    + " on it; book with a whitelisted email or ask the organiser to add yours",
                    List.of(new ErrorDetail("attendee.email", "not whitelisted")), Map.of());
        }
    }

    /**
     * The hosts round robin may assign: the request's {@code teamMemberIds}, else those of the
     * routing form response it names; null = any host.
     *
     * @throws ApiException 422 for a member who does not host the event type, or a response that
     *                      does not exist or was routed elsewhere
     */
    List<Long> routedMembers(EventTypeRules eventType, Routing routing) {
        if (routing == null) {
            return null;
        }
        HostAssigner.checkRouted(eventType, routing.teamMemberIds());
        List<Long> byForm = routing.responseId() == null ? null : routingResponses.routedMembers(routing.responseId(), eventType.id());
        return routing.teamMemberIds() != null ? routing.teamMemberIds() : byForm;
    }

    /** Links the routing form response the request named (if any) to the booking it led to. */
    void linkRouting(Routing routing, long bookingId) {
        if (routing != null && routing.responseId() != null) {
            routingResponses.linkBooking(routing.responseId(), bookingId);
        }
    }
}
