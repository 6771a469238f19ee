package dev.kairos.organization.immersio;

import dev.kairos.organization.immersio.api.CourseMappingResponse;
import dev.kairos.organization.immersio.api.CreateCourseMappingRequest;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Which partner course feeds which event type's whitelist; managed like the integration (admins
 * and owners of the organisation, 403 for its members, 404 for anyone else).
 */
@ApplicationScoped
@Transactional
public class CourseMappingService {

    private final CourseMappingRepository mappings;
    private final TeamAccess access;
    private final Clock clock;

    CourseMappingService(CourseMappingRepository mappings, TeamAccess access, Clock clock) {
        this.mappings = mappings;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Links the course to the event type.
     *
     * @throws ApiException 404 for an event type outside the organisation; 409 when the course is
     *                      already mapped to it
     */
    public CourseMappingResponse create(Caller caller, long orgId, CreateCourseMappingRequest request) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        long eventTypeId = request.eventTypeId();
        if (!mappings.eventTypeInOrganization(eventTypeId, orgId)) {
            throw ApiException.notFound("No event type " + eventTypeId + " in organization " + orgId);
        }
        if (mappings.exists(orgId, request.courseId(), eventTypeId)) {
            throw ApiException.conflict("Course " + request.courseId() + " is already mapped to event type " + eventTypeId);
        }
        Instant now = clock.instant();
        CourseMapping mapping = new CourseMapping();
        mapping.organizationId = orgId;
        mapping.courseId = request.courseId();
        mapping.eventTypeId = eventTypeId;
        mapping.syncStudents = request.syncStudents() == null || request.syncStudents();
        mapping.createdAt = now;
        mapping.updatedAt = now;
        mappings.persist(mapping);
        mappings.flush();
        return view(mapping);
    }

    /** The organisation's mappings, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CourseMappingResponse> page(Caller caller, long orgId, PageParams page) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        int offset = page.offset();
        int limit = page.limit();
        return Page.of(mappings.pageOf(orgId, offset, limit), CourseMappingService::view, offset, limit, mappings.countOf(orgId));
    }

    /**
     * Removes the mapping. The whitelist entries its syncs added stay until removed by hand, or
     * until a sync of another course mapped to the same event type finds them gone from its roster.
     *
     * @throws ApiException 404 for a mapping of another organisation or none
     */
    public CourseMappingResponse delete(Caller caller, long orgId, long mappingId) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        CourseMapping mapping = mappings.findInOrganization(orgId, mappingId)
                .orElseThrow(() -> ApiException.notFound("No course mapping " + mappingId + " in organization " + orgId));
        mappings.delete(mapping);
        return view(mapping);
    }

    private static CourseMappingResponse view(CourseMapping m) {
        return new CourseMappingResponse(m.id, m.courseId, m.courseName, m.eventTypeId, m.syncStudents, m.lastStudentSyncAt, m.createdAt);
    }
}
