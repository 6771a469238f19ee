package dev.kairos.user;

import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Success;
import dev.kairos.user.api.MeResponse;
import dev.kairos.user.api.UpdateMeRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/me")
@Tag(name = "Me", description = "The profile of the API key's owner")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    private final UserService service;
    private final UserRepository users;
    private final CallerContext caller;

    MeResource(UserService service, UserRepository users, CallerContext caller) {
        this.service = service;
        this.users = users;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMe", summary = "Get my profile")
    public Success<MeResponse> getMe() {
        return Success.of(MeResponse.from(users.findById(caller.userId())));
    }

    @PATCH
    @Operation(operationId = "updateMe", summary = "Update my profile",
            description = "Changes name, timeZone, locale, timeFormat, weekStart and defaultScheduleId; other fields are ignored.")
    public Success<MeResponse> updateMe(@Valid @NotNull UpdateMeRequest request) {
        return Success.of(MeResponse.from(service.updateMe(caller.userId(), request)));
    }
}
