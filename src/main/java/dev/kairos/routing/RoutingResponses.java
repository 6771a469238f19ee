package dev.kairos.routing;

import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** What bookings need from routing forms: linking a stored response to the booking it led to. */
@ApplicationScoped
public class RoutingResponses {

    private static final String FIELD = "routing.responseId";

    private final FormResponseRepository responses;

    RoutingResponses(FormResponseRepository responses) {
        this.responses = responses;
    }

    /**
     * Links a stored response to the booking it led to; runs in the booking's transaction. Linking
     * the same response to the same booking again changes nothing.
     *
     * @throws ApiException 422 on field "routing.responseId" when there is no such response, or it
     *                      already led to another booking
     */
    /**
     * The team members a response was routed to, for a booking of {@code eventTypeId} that names
     * the response; null when the route named none.
     *
     * @throws ApiException 422 on field "routing.responseId" when there is no such response, or it
     *                      was routed somewhere else than that event type
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> routedMembers(long responseId, long eventTypeId) {
        FormResponse response = responses.findByIdOptional(responseId).orElseThrow(() -> ApiException.validation(FIELD,
                "no routing form response " + responseId + " exists; pass the responseId that POST /v2/routing-forms/{id}/responses returned"));
        RoutedTo routed = response.routedTo;
        if (routed.eventTypeId() == null || routed.eventTypeId() != eventTypeId) {
            throw ApiException.validation(FIELD, "routing form response " + responseId + " was routed "
                    + (routed.eventTypeId() == null ? "to no event type" : "to event type " + routed.eventTypeId())
                    + ", not to event type " + eventTypeId);
        }
        return routed.teamMemberIds();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void linkBooking(long responseId, long bookingId) {
        if (responses.link(responseId, bookingId)) {
            return;
        }
        if (responses.count("id", responseId) == 0) {
            throw ApiException.validation(FIELD, "no routing form response " + responseId
                    + " exists; pass the responseId that POST /v2/routing-forms/{id}/responses returned");
        }
        throw ApiException.validation(FIELD, "routing form response " + responseId
                + " already led to another booking; submit the form again to book once more");
    }
}
