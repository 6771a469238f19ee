package dev.kairos.platform.error;

/** The stable error codes of API.md section 1, each with the HTTP status it always goes with. */
public enum ErrorCode {
    INVALID_REQUEST(400),
    UNAUTHORIZED(401),
    TOKEN_EXPIRED(401),
    FORBIDDEN(403),
    WHITELIST_REQUIRED(403),
    PLAN_LIMIT_EXCEEDED(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    VALIDATION_ERROR(422),
    RATE_LIMIT_EXCEEDED(429),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
