package dev.kairos.platform.request;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds ordinary operations to {@link BodyLimitConfig#maxSize()} while the server's ceiling
 * ({@code quarkus.http.limits.max-body-size}) is set for the {@link BulkBody} ones. A declared
 * {@code Content-Length} is judged at once; a chunked body is read up to the limit.
 */
public class BodyLimitFilter {

    private final long maxSize;

    BodyLimitFilter(BodyLimitConfig config) {
        this.maxSize = config.maxSize().asLongValue();
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void limit(ContainerRequestContext request, ResourceInfo resource) {
        if (!request.hasEntity() || resource.getResourceMethod() == null
                || resource.getResourceMethod().isAnnotationPresent(BulkBody.class)) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (tooLarge(declared)) {
                throw refusal();
            }
            return;
        }
        try {
            byte[] body = request.getEntityStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
            if (body.length > maxSize) {
                throw refusal();
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxSize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private ApiException refusal() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxSize
                + " bytes, the most this operation accepts");
    }
}
