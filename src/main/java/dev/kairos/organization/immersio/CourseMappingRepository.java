package dev.kairos.organization.immersio;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class CourseMappingRepository implements PanacheRepository<CourseMapping> {

    List<CourseMapping> pageOf(long orgId, int offset, int limit) {
        return find("organizationId = ?1 order by id", orgId).range(offset, offset + limit - 1).list();
    }

    long countOf(long orgId) {
        return count("organizationId", orgId);
    }

    Optional<CourseMapping> findInOrganization(long orgId, long mappingId) {
        return find("id = ?1 and organizationId = ?2", mappingId, orgId).firstResultOptional();
    }

    boolean exists(long orgId, String courseId, long eventTypeId) {
        return count("organizationId = ?1 and courseId = ?2 and eventTypeId = ?3", orgId, courseId, eventTypeId) > 0;
    }

    /** Every mapping of the organisation, for a sync run. */
    List<CourseMapping> allOf(long orgId) {
        return find("organizationId = ?1 order by id", orgId).list();
    }

    /**
     * Whether the event type belongs to the organisation: owned by one of its users, or by one of
     * its teams.
     */
    boolean eventTypeInOrganization(long eventTypeId, long orgId) {
        return !getEntityManager().createNativeQuery("""
                SELECT 1 FROM event_types e
                LEFT JOIN users u ON u.id = e.owner_user_id
                LEFT JOIN teams t ON t.id = e.team_id
                WHERE e.id = ?1 AND (u.organization_id = ?2 OR t.parent_id = ?2)""")
                .setParameter(1, eventTypeId).setParameter(2, orgId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The name the partner lists the course under, on every mapping of it. */
    void nameCourse(long orgId, String courseId, String courseName, Instant now) {
        update("courseName = ?1, updatedAt = ?2 where organizationId = ?3 and courseId = ?4 and (courseName is null or courseName <> ?1)",
                courseName, now, orgId, courseId);
    }

    /** When the students of the mapping were last written to its event type's whitelist. */
    void studentsSynced(long mappingId, Instant at) {
        update("lastStudentSyncAt = ?1, updatedAt = ?1 where id = ?2", at, mappingId);
    }
}
