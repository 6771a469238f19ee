package dev.kairos.organization.landing;

import dev.kairos.organization.landing.api.LandingSettingsRequest;
import dev.kairos.organization.landing.api.LandingSettingsResponse;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An organisation's landing page settings: its members read them, its admins and owners replace and delete them. */
@ApplicationScoped
@Transactional
public class LandingSettingsService {

    private final LandingSettingsRepository settings;
    private final TeamAccess access;
    private final Clock clock;

    LandingSettingsService(LandingSettingsRepository settings, TeamAccess access, Clock clock) {
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The organisation's settings.
     *
     * @throws ApiException 404 for an organisation the caller is not in, or before any PUT
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LandingSettingsResponse get(Caller caller, long orgId) {
        access.requireInOrganization(caller, orgId, TeamRole.MEMBER);
        return view(existing(orgId));
    }

    /**
     * Replaces the organisation's settings with the request, creating them the first time.
     *
     * @throws ApiException 404 for an organisation the caller is not in; 403 for its members; 422 naming every invalid field
     */
    public LandingSettingsResponse replace(Caller caller, long orgId, LandingSettingsRequest request) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        List<ErrorDetail> problems = LandingRules.problems(request);
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid landing settings: " + problems.stream()
                    .map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElseThrow(), problems, Map.of());
        }
        Instant now = clock.instant();
        LandingSettings page = settings.findOfOrganization(orgId).orElseGet(() -> LandingSettings.of(orgId, now));
        page.templateId = request.templateId();
        page.primaryColor = upper(request.primaryColor());
        page.secondaryColor = upper(request.secondaryColor());
        page.logoUrl = request.logoUrl();
        page.heroImageUrl = request.heroImageUrl();
        page.pageTitle = request.pageTitle();
        page.pageSubtitle = request.pageSubtitle();
        page.teacherBio = request.teacherBio();
        page.teacherAvatarUrl = request.teacherAvatarUrl();
        page.socialLinks = request.socialLinks() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(request.socialLinks());
        page.ctaText = request.ctaText();
        page.metaTitle = request.metaTitle();
        page.metaDescription = request.metaDescription();
        page.published = Boolean.TRUE.equals(request.isPublished());
        page.updatedAt = now;
        if (page.id == null) {
            settings.persist(page);
        }
        settings.flush();
        return view(page);
    }

    /**
     * Deletes the organisation's settings and returns them.
     *
     * @throws ApiException 404 for an organisation the caller is not in, or without settings; 403 for its members
     */
    public LandingSettingsResponse delete(Caller caller, long orgId) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        LandingSettings page = existing(orgId);
        settings.delete(page);
        return view(page);
    }

    private LandingSettings existing(long orgId) {
        return settings.findOfOrganization(orgId).orElseThrow(() -> ApiException.notFound("Organization " + orgId
                + " has no landing settings yet; an admin or owner creates them with PUT /v2/organizations/" + orgId + "/landing-settings"));
    }

    private static String upper(String colour) {
        return colour == null ? null : colour.toUpperCase();
    }

    private static LandingSettingsResponse view(LandingSettings s) {
        return new LandingSettingsResponse(s.organizationId, s.templateId, s.primaryColor, s.secondaryColor, s.logoUrl, s.heroImageUrl,
                s.pageTitle, s.pageSubtitle, s.teacherBio, s.teacherAvatarUrl, new TreeMap<>(s.socialLinks), s.ctaText, s.metaTitle,
                s.metaDescription, s.published, s.createdAt, s.updatedAt);
    }
}
