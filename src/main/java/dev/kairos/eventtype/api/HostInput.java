package dev.kairos.eventtype.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One host of a team event type (Cal.com {@code Host}, with Kairos' weight, group and schedule). */
@Schema(name = "HostInput")
public record HostInput(
        @NotNull @Positive @Schema(required = true, description = "An accepted member of the team") Long userId,
        @Schema(description = "Round robin: this host attends every booking (default false)") Boolean mandatory,
        @Pattern(regexp = "lowest|low|medium|high|highest", message = "must be lowest, low, medium, high or highest")
        @Schema(description = "Round robin: only the highest priority among the free hosts is considered (default medium)",
                enumeration = {"lowest", "low", "medium", "high", "highest"}) String priority,
        @Min(1) @Max(1000) @Schema(description = "Round robin: consecutive turns per round, relative to the others (default 100)") Integer weight,
        @Size(min = 1, max = 100) @Schema(description = "Round robin: one free host of every group is needed; hosts without a group form one group") String groupId,
        @Positive @Schema(description = "One of this host's schedules; default: the host's default schedule") Long scheduleId) {
}
