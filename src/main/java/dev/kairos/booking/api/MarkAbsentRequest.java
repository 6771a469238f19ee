package dev.kairos.booking.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who did not show up: the host, and attendees by email. */
@Schema(name = "MarkAbsentRequest")
public record MarkAbsentRequest(Boolean host, @Size(max = 1000) List<@NotNull @Valid AbsentAttendee> attendees) {

    @Schema(name = "MarkAbsentAttendee")
    public record AbsentAttendee(@Schema(required = true) @NotBlank String email, @Schema(required = true) @NotNull Boolean absent) {
    }
}
