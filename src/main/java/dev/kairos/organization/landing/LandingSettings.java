package dev.kairos.organization.landing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organisation's landing page: template, branding and texts (the ERD's TenantLandingSettings). */
@Entity
@Table(name = "organization_landing_settings")
class LandingSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    long organizationId;

    @Column(name = "template_id", nullable = false)
    String templateId;

    @Column(name = "primary_color")
    String primaryColor;

    @Column(name = "secondary_color")
    String secondaryColor;

    @Column(name = "logo_url")
    String logoUrl;

    @Column(name = "hero_image_url")
    String heroImageUrl;

    @Column(name = "page_title")
    String pageTitle;

    @Column(name = "page_subtitle")
    String pageSubtitle;

    @Column(name = "teacher_bio")
    String teacherBio;

    @Column(name = "teacher_avatar_url")
    String teacherAvatarUrl;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "social_links", nullable = false)
    Map<String, String> socialLinks = new LinkedHashMap<>();

    @Column(name = "cta_text")
    String ctaText;

    @Column(name = "meta_title")
    String metaTitle;

    @Column(name = "meta_description")
    String metaDescription;

    @Column(name = "is_published", nullable = false)
    boolean published;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected LandingSettings() {
    }

    static LandingSettings of(long organizationId, Instant now) {
        LandingSettings settings = new LandingSettings();
        settings.organizationId = organizationId;
        settings.createdAt = now;
        return settings;
    }
}
