package dev.kairos.platform.error;

import dev.kairos.platform.auth.PublicOperation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Operations that exist only in tests (hidden from the OpenAPI document): an unexpected failure,
 * a slow mutation, and a mutation that fails once, to drive the platform's edge cases.
 */
@Path("/v2/test-only")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestOnlyResource {

    public static final AtomicInteger executions = new AtomicInteger();
    public static final AtomicBoolean failNext = new AtomicBoolean();

    @GET
    @Path("/boom")
    @PublicOperation
    @Operation(hidden = true)
    public String boom() {
        throw new IllegalStateException("select secret from users where password = 'hunter2'");
    }

    @POST
    @Path("/slow")
    @Operation(hidden = true)
    public Response slow(Map<String, Object> body, @QueryParam("millis") long millis) throws InterruptedException {
        Thread.sleep(millis);
        return Response.status(201).entity(Map.of("status", "success", "data", Map.of("execution", executions.incrementAndGet())))
                .build();
    }

    @POST
    @Path("/fail-then-succeed")
    @Operation(hidden = true)
    public Map<String, Object> failThenSucceed(Map<String, Object> body) {
        int execution = executions.incrementAndGet();
        if (failNext.getAndSet(false)) {
            throw new IllegalStateException("failing on purpose");
        }
        return Map.of("status", "success", "data", Map.of("execution", execution));
    }
}
