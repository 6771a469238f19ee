package dev.kairos.platform.health;

import dev.kairos.platform.auth.PublicOperation;
import dev.kairos.platform.ratelimit.Unmetered;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The cheapest request the REST stack can answer: no key, no rate limit, no database. The
 * platform benchmark compares {@code GET /v2/me} with it to price authentication and rate limiting.
 */
@Path("/v2/ping")
@Tag(name = "Operations")
public class PingResource {

    @GET
    @PublicOperation
    @Unmetered
    @Extension(name = "x-kairos-public", value = "true")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ping", summary = "Answer pong", description = "Public and unmetered; for load balancers and benchmarks.")
    public Map<String, String> ping() {
        return Map.of("status", "success", "data", "pong");
    }
}
