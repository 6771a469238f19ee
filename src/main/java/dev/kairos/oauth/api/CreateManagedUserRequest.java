package dev.kairos.oauth.api;

import dev.kairos.platform.time.IanaTimeZone;
import dev.kairos.user.api.CreateUserRequest;
import dev.kairos.user.api.UserFields;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/oauth-clients/{clientId}/users} (Cal.com's CreateManagedUserInput, the fields Kairos keeps). */
public record CreateManagedUserRequest(
        @NotBlank @Email @Size(max = 254) @Schema(required = true, example = "student@example.com") String email,
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Ada Lovelace") String name,
        @IanaTimeZone @Schema(example = "Europe/London", defaultValue = "UTC") String timeZone,
        @Pattern(regexp = UserFields.LOCALE, message = UserFields.LOCALE_MESSAGE) @Schema(example = "en", defaultValue = "en") String locale) {

    /** The user part, for the rules every new user goes through. */
    public CreateUserRequest user() {
        return new CreateUserRequest(email, name, null, timeZone, locale);
    }
}
