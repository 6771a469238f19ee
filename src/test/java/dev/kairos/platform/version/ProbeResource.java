package dev.kairos.platform.version;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A test-only operation inside a versioned family (schedules), hidden from the OpenAPI document. */
@Path("/v2/schedules/test-only-probe")
public class ProbeResource {

    @GET
    @Operation(hidden = true)
    public Map<String, String> probe() {
        return Map.of("status", "success");
    }
}
