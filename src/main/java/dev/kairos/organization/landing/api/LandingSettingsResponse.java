package dev.kairos.organization.landing.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's landing page settings. */
@Schema(name = "LandingSettings")
public record LandingSettingsResponse(
        @Schema(required = true) long organizationId,
        @Schema(required = true, enumeration = { "education", "tutor_personal", "center_small", "kids_1", "kids_2" }) String templateId,
        @Schema(required = true, nullable = true) String primaryColor,
        @Schema(required = true, nullable = true) String secondaryColor,
        @Schema(required = true, nullable = true) String logoUrl,
        @Schema(required = true, nullable = true) String heroImageUrl,
        @Schema(required = true, nullable = true) String pageTitle,
        @Schema(required = true, nullable = true) String pageSubtitle,
        @Schema(required = true, nullable = true) String teacherBio,
        @Schema(required = true, nullable = true) String teacherAvatarUrl,
        @Schema(required = true, description = "Only the networks set") Map<String, String> socialLinks,
        @Schema(required = true, nullable = true) String ctaText,
        @Schema(required = true, nullable = true) String metaTitle,
        @Schema(required = true, nullable = true) String metaDescription,
        @JsonProperty("isPublished") @Schema(required = true) boolean isPublished,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
