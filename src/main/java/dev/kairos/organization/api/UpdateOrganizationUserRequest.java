package dev.kairos.organization.api;

import dev.kairos.team.api.MembershipFields;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /v2/organizations/{orgId}/users/{userId}}: the user's new role in the organisation. */
public record UpdateOrganizationUserRequest(
        @NotNull @Pattern(regexp = MembershipFields.ROLE, message = MembershipFields.ROLE_MESSAGE)
        @Schema(required = true, enumeration = { "MEMBER", "OWNER", "ADMIN" }) String role) {
}
