package dev.kairos.booking.api;

import dev.kairos.platform.time.IanaTimeZone;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person booking. {@code language} is one of Cal.com's booking languages. */
@Schema(name = "BookingAttendeeInput")
public record AttendeeInput(
        @Schema(required = true, example = "Ada Lovelace") @NotBlank @Size(max = 255) String name,
        @Schema(example = "ada@example.com") @Email(regexp = BookingInputs.EMAIL) @Size(max = 254) String email,
        @Schema(required = true, example = "Europe/London") @NotBlank @IanaTimeZone String timeZone,
        @Schema(example = "+447700900123") @Pattern(regexp = BookingInputs.PHONE, message = "must be a phone number in international format, e.g. +447700900123") String phoneNumber,
        @Schema(example = "en", enumeration = {"ar", "ca", "de", "es", "eu", "he", "id", "ja", "lv", "pl", "ro", "sr", "th", "vi",
                "az", "cs", "el", "es-419", "fi", "hr", "it", "km", "nl", "pt", "ru", "sv", "tr", "zh-CN", "bg", "da", "en", "et",
                "fr", "hu", "iw", "ko", "no", "pt-BR", "sk", "ta", "uk", "zh-TW"})
        @Pattern(regexp = BookingInputs.LANGUAGE, message = "must be one of Cal.com's booking languages, e.g. en, de, pt-BR") String language) {
}
