package dev.kairos.platform.error;

import dev.kairos.platform.json.Instants;
import dev.kairos.platform.request.RequestIds;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds the error envelope; the only place that knows its shape. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(ApiException e, String path, String requestId) {
        return of(e.code(), e.getMessage(), e.details(), e.headers(), path, requestId);
    }

    public static Response of(ErrorCode code, String message, List<ErrorDetail> details, Map<String, String> headers,
            String path, String requestId) {
        ErrorResponse body = new ErrorResponse("error", Instants.format(Instant.now()), path,
                requestId == null ? RequestIds.generate() : requestId,
                new ErrorResponse.Body(code, message, details));
        Response.ResponseBuilder builder = Response.status(code.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        headers.forEach(builder::header);
        return builder.build();
    }
}
