package dev.kairos.organization.api;

import dev.kairos.platform.time.IanaTimeZone;
import dev.kairos.team.api.MembershipFields;
import dev.kairos.user.api.CreateUserRequest;
import dev.kairos.user.api.UserFields;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/organizations/{orgId}/users}: a new user of the organisation, with their role in it. */
public record CreateOrganizationUserRequest(
        @NotBlank @Email @Size(max = 254) @Schema(required = true, example = "ada@example.com") String email,
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Ada Lovelace") String name,
        @Pattern(regexp = UserFields.USERNAME, message = UserFields.USERNAME_MESSAGE) @Schema(example = "ada") String username,
        @IanaTimeZone @Schema(example = "Europe/London", defaultValue = "UTC") String timeZone,
        @Pattern(regexp = UserFields.LOCALE, message = UserFields.LOCALE_MESSAGE) @Schema(example = "en", defaultValue = "en") String locale,
        @Pattern(regexp = MembershipFields.ROLE, message = MembershipFields.ROLE_MESSAGE)
        @Schema(enumeration = { "MEMBER", "OWNER", "ADMIN" }, defaultValue = "MEMBER") String role) {

    /** The user part, for the user creation rules every user goes through. */
    public CreateUserRequest user() {
        return new CreateUserRequest(email, name, username, timeZone, locale);
    }
}
