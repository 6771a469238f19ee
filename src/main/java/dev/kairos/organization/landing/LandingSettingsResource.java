package dev.kairos.organization.landing;

import dev.kairos.organization.landing.api.LandingSettingsRequest;
import dev.kairos.organization.landing.api.LandingSettingsResponse;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.envelope.Success;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's landing page settings; an organisation you do not belong to is 404. */
@Path("/v2/organizations/{orgId}/landing-settings")
@Tag(name = "Organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LandingSettingsResource {

    private final LandingSettingsService service;
    private final CallerContext caller;

    LandingSettingsResource(LandingSettingsService service, CallerContext caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getLandingSettings", summary = "Get the organization's landing settings",
            description = "For the organization's members and platform administrators. 404 until an admin or owner PUTs them.")
    public Success<LandingSettingsResponse> getLandingSettings(@PathParam("orgId") long orgId) {
        return Success.of(service.get(caller.caller(), orgId));
    }

    @PUT
    @Operation(operationId = "putLandingSettings", summary = "Create or replace the organization's landing settings",
            description = "The organization's admins and owners (403 for members). The body is the whole document: a field left "
                    + "out is cleared. 200 whether created or replaced. Colours are #RRGGBB; URLs absolute https; social links "
                    + "only facebook, instagram, youtube and tiktok.")
    public Success<LandingSettingsResponse> putLandingSettings(@PathParam("orgId") long orgId,
            @Valid @NotNull LandingSettingsRequest request) {
        return Success.of(service.replace(caller.caller(), orgId, request));
    }

    @DELETE
    @Operation(operationId = "deleteLandingSettings", summary = "Delete the organization's landing settings",
            description = "The organization's admins and owners (403 for members). Returns the deleted settings.")
    public Success<LandingSettingsResponse> deleteLandingSettings(@PathParam("orgId") long orgId) {
        return Success.of(service.delete(caller.caller(), orgId));
    }
}
