package dev.kairos.organization.immersio;

import dev.kairos.eventtype.SyncedWhitelist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's database side: what it reads of the mappings, and its writes, each in a short
 * transaction of its own that first checks the run still holds its claim (so a run taken over
 * after its lease ended writes nothing more).
 *
 * <p>One event type's roster is written in one transaction: its new and updated entries and the
 * removal of leavers commit together, so a booking sees the whitelist before or after, never a
 * half-written one. Leavers are removed only when every roster feeding that event type was read in
 * full; a roster missing pages only adds and updates (a missing page must never lock anyone out).
 */
@ApplicationScoped
class RosterWriter {

    /** A mapping as a run needs it (entities stay in their transaction). */
    record Mapping(long id, String courseId, long eventTypeId, boolean syncStudents) {
    }

    private final SyncClaims claims;
    private final SyncedWhitelist whitelist;
    private final CourseMappingRepository mappings;
    private final Clock clock;

    RosterWriter(SyncClaims claims, SyncedWhitelist whitelist, CourseMappingRepository mappings, Clock clock) {
        this.claims = claims;
        this.whitelist = whitelist;
        this.mappings = mappings;
        this.clock = clock;
    }

    @Transactional
    List<Mapping> mappingsOf(long orgId) {
        return mappings.allOf(orgId).stream().map(m -> new Mapping(m.id, m.courseId, m.eventTypeId, m.syncStudents)).toList();
    }

    /** Stores the names the partner lists the mapped courses under; false when the claim is lost. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean nameCourses(SyncClaims.Claim claim, Map<String, String> names) {
        if (!claims.holds(claim)) {
            return false;
        }
        Instant now = clock.instant();
        names.forEach((courseId, name) -> mappings.nameCourse(claim.orgId(), courseId, name, now));
        return true;
    }

    /**
     * Writes one event type's roster (see the class comment); empty when the claim is lost.
     *
     * @param complete   whether every roster feeding the event type was read in full
     * @param mappingIds the mappings whose rosters were read (their lastStudentSyncAt is set)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<SyncedWhitelist.Applied> write(SyncClaims.Claim claim, long eventTypeId, List<SyncedWhitelist.Student> roster,
            boolean complete, List<Long> mappingIds) {
        if (!claims.holds(claim)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        SyncedWhitelist.Applied applied = whitelist.apply(eventTypeId, roster, complete, now);
        mappingIds.forEach(id -> mappings.studentsSynced(id, now));
        return Optional.of(applied);
    }
}
