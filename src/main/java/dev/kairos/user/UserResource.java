package dev.kairos.user;

import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Success;
import dev.kairos.platform.error.ApiException;
import dev.kairos.user.api.CreateUserRequest;
import dev.kairos.user.api.UserResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/users")
@Tag(name = "Users", description = "Users of this installation (platform administrators)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService service;
    private final UserRepository users;
    private final CallerContext caller;

    UserResource(UserService service, UserRepository users, CallerContext caller) {
        this.service = service;
        this.users = users;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createUser", summary = "Create a user", description = "Platform administrators only.")
    @APIResponse(responseCode = "201", description = "The user",
            content = @Content(schema = @Schema(implementation = UserEnvelope.class)))
    public Response createUser(@Valid @NotNull CreateUserRequest request, UriInfo uri) {
        caller.requirePlatformAdmin();
        User user = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(user.id)).build())
                .entity(Success.of(UserResponse.from(user))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get a user",
            description = "Platform administrators may read any user; others only themselves.")
    public Success<UserResponse> getUser(@PathParam("id") long id) {
        if (!caller.isPlatformAdmin() && caller.userId() != id) {
            throw ApiException.notFound("No user " + id);
        }
        return Success.of(UserResponse.from(users.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("No user " + id))));
    }

    /** Documents the shape of the 201 body. */
    @Schema(name = "UserEnvelope")
    public record UserEnvelope(@Schema(enumeration = "success") String status, UserResponse data) {
    }
}
