package dev.kairos.admin;

import dev.kairos.admin.api.ClockRequest;
import dev.kairos.admin.api.ClockResponse;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.time.BusinessClock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/admin/clock")
@Tag(name = "Administration", description = "Installation-wide controls for platform administrators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClockResource {

    private final BusinessClock clock;
    private final CallerContext caller;

    ClockResource(BusinessClock clock, CallerContext caller) {
        this.clock = clock;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getClock", summary = "Read the business clock")
    public Success<ClockResponse> getClock() {
        caller.requirePlatformAdmin();
        return Success.of(new ClockResponse(clock.instant(), clock.isFixed()));
    }

    @PUT
    @Operation(operationId = "setClock", summary = "Move the fixed business clock",
            description = "Only while KAIROS_CLOCK_FIXED is set (404 otherwise); every instance sees the new time.")
    public Success<ClockResponse> setClock(@Valid @NotNull ClockRequest request) {
        caller.requirePlatformAdmin();
        if (!clock.isFixed()) {
            throw ApiException.notFound("The business clock is the system clock; it can be moved only while KAIROS_CLOCK_FIXED is set");
        }
        clock.set(request.now().toInstant());
        return Success.of(new ClockResponse(clock.instant(), true));
    }
}
