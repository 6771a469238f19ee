package dev.kairos.platform.error;

import java.util.List;
import java.util.Map;

/**
 * A refusal the client can act on: it becomes the error envelope with this code, message and
 * details. Services throw one of the named subclasses; the mapper in this package renders them.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final transient List<ErrorDetail> details;
    private final transient Map<String, String> headers;

    public ApiException(ErrorCode code, String message) {
        this(code, message, List.of(), Map.of());
    }

    public ApiException(ErrorCode code, String message, List<ErrorDetail> details, Map<String, String> headers) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    public ErrorCode code() {
        return code;
    }

    public List<ErrorDetail> details() {
        return details;
    }

    /** Extra response headers, e.g. {@code Retry-After} on a 429. */
    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }

    public static ApiException invalidRequest(String message) {
        return new ApiException(ErrorCode.INVALID_REQUEST, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(ErrorCode.UNAUTHORIZED, message);
    }

    public static ApiException serviceUnavailable(String message) {
        return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, message);
    }

    /** A well-formed request with a value that breaks a rule: 422 with one detail for the field. */
    public static ApiException validation(String field, String message) {
        return new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid value for " + field + ": " + message,
                List.of(new ErrorDetail(field, message)), Map.of());
    }
}
