package dev.kairos.user.api;

import dev.kairos.platform.time.IanaTimeZone;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v2/users}. */
public record CreateUserRequest(
        @NotBlank @Email @Size(max = 254) @Schema(required = true, example = "ada@example.com") String email,
        @NotBlank @Size(max = 100) @Schema(required = true, example = "Ada Lovelace") String name,
        @Pattern(regexp = UserFields.USERNAME, message = UserFields.USERNAME_MESSAGE) @Schema(example = "ada") String username,
        @IanaTimeZone @Schema(example = "Europe/London", defaultValue = "UTC") String timeZone,
        @Pattern(regexp = UserFields.LOCALE, message = UserFields.LOCALE_MESSAGE) @Schema(example = "en", defaultValue = "en") String locale) {
}
