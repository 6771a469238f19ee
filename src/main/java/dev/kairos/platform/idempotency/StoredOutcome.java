package dev.kairos.platform.idempotency;

/**
 * What Redis keeps under an idempotency key: the request's fingerprint and, once it finished, the
 * response to replay. {@code body} is the exact response body, base64-encoded.
 */
record StoredOutcome(String state, String fingerprint, String token, Integer status, String contentType,
        String location, String body) {

    static final String IN_FLIGHT = "in_flight";
    static final String DONE = "done";

    static StoredOutcome inFlight(String fingerprint, String token) {
        return new StoredOutcome(IN_FLIGHT, fingerprint, token, null, null, null, null);
    }

    boolean inFlight() {
        return IN_FLIGHT.equals(state);
    }
}
