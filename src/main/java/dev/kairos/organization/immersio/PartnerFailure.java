package dev.kairos.organization.immersio;

/** Why the partner gave no usable answer to a request, after any retries. */
final class PartnerFailure extends Exception {

    enum Kind {
        /** 401: the API key is wrong; the whole run stops. */
        UNAUTHORIZED,
        /** 404: the course no longer exists. */
        NOT_FOUND,
        /** Transient failures on every attempt, or a Retry-After too long to wait for. */
        UNAVAILABLE,
        /** Any other answer that retrying cannot fix (another 4xx, a redirect, a malformed body). */
        REFUSED
    }

    private final Kind kind;

    PartnerFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
