package dev.kairos.organization.landing.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PUT /v2/organizations/{orgId}/landing-settings}: the whole landing page; a field left out
 * is cleared. URLs must be absolute https URLs (checked with the social links by the service).
 */
@Schema(name = "LandingSettingsRequest")
public record LandingSettingsRequest(
        @NotNull @Pattern(regexp = TEMPLATES, message = "must be one of education, tutor_personal, center_small, kids_1, kids_2")
        @Schema(required = true, enumeration = { "education", "tutor_personal", "center_small", "kids_1", "kids_2" }) String templateId,
        @Pattern(regexp = COLOR, message = COLOR_MESSAGE) @Schema(example = "#1A73E8") String primaryColor,
        @Pattern(regexp = COLOR, message = COLOR_MESSAGE) @Schema(example = "#FBBC04") String secondaryColor,
        @Size(max = URL_MAX) @Schema(example = "https://cdn.example.com/logo.png") String logoUrl,
        @Size(max = URL_MAX) @Schema(example = "https://cdn.example.com/hero.jpg") String heroImageUrl,
        @Size(max = 200) @Schema(example = "Learn Spanish with Ana") String pageTitle,
        @Size(max = 300) String pageSubtitle,
        @Size(max = 5000) String teacherBio,
        @Size(max = URL_MAX) String teacherAvatarUrl,
        @Schema(description = "Any of facebook, instagram, youtube, tiktok, each an absolute https URL; other keys are refused",
                example = "{\"instagram\": \"https://instagram.com/ana\"}")
        Map<String, String> socialLinks,
        @Size(max = 100) @Schema(example = "Book a class") String ctaText,
        @Size(max = 200) String metaTitle,
        @Size(max = 300) String metaDescription,
        @JsonProperty("isPublished") @Schema(defaultValue = "false") Boolean isPublished) {

    public static final String TEMPLATES = "education|tutor_personal|center_small|kids_1|kids_2";
    public static final String COLOR = "#[0-9A-Fa-f]{6}";
    public static final String COLOR_MESSAGE = "must be a colour in the form #RRGGBB";
    public static final int URL_MAX = 2048;
}
