package dev.kairos.routing;

import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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
