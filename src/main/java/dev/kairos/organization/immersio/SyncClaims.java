package dev.kairos.organization.immersio;

import dev.kairos.platform.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.UUID;

/**
 * One sync run per organisation at a time, across instances: a run claims its organisation's
 * integration row under {@code FOR UPDATE} (so two triggers at once queue on the row and the second
 * sees the first's claim), and holds the claim through a lease it renews while it runs. Leases are
 * timed by PostgreSQL's clock, the one clock every instance shares. A run whose instance died
 * stops renewing; once its lease ends the next trigger (or the scheduler's sweep, or a read of
 * the integration) marks it failed, so no organisation stays {@code syncing} for good.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class SyncClaims {

    static final String INTERRUPTED = "the run stopped without finishing (its instance stopped or lost the database); "
            + "nothing it had not written yet was applied";

    /** A claimed run: its log and token, and the connection details it runs with. */
    record Claim(long orgId, long logId, UUID token, String baseUrl, String apiKeySealed) {
    }

    private final EntityManager em;
    private final SyncLogRepository logs;
    private final ImmersioConfig config;
    private final Clock clock;

    SyncClaims(EntityManager em, SyncLogRepository logs, ImmersioConfig config, Clock clock) {
        this.em = em;
        this.logs = logs;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Claims a run of the organisation and writes its {@code running} log.
     *
     * @param dueAfter for scheduled runs: claim only when no run was claimed for this long (so N
     *                 instances sync once per interval, not N times); null for runs asked for now
     * @param slot     reserves this instance's run slot, asked only once the organisation is known
     *                 to be free (under its row lock, so simultaneous triggers of one organisation
     *                 reserve one slot between them); false when every slot is busy
     * @return empty when a scheduled run is not due
     * @throws ApiException 409 when the organisation has no integration, or a run is in progress
     *                      (naming its log); 503 when {@code slot} finds no free slot
     */
    Optional<Claim> claim(long orgId, String trigger, Duration dueAfter, BooleanSupplier slot) {
        List<?> rows = em.createNativeQuery("""
                SELECT sync_status, sync_log_id, sync_lease_until > clock_timestamp(), base_url, api_key_sealed,
                       sync_claimed_at IS NULL OR sync_claimed_at < clock_timestamp() - make_interval(secs => ?2)
                FROM immersio_integrations WHERE organization_id = ?1 FOR UPDATE""")
                .setParameter(1, orgId).setParameter(2, dueAfter == null ? 0.0 : dueAfter.toMillis() / 1000.0).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.conflict("Organization " + orgId + " has no Immersio integration: "
                    + "PUT /v2/organizations/" + orgId + "/integrations/immersio first");
        }
        Object[] row = (Object[]) rows.get(0);
        boolean syncing = "syncing".equals(row[0]);
        Long runningLog = row[1] == null ? null : ((Number) row[1]).longValue();
        if (syncing && Boolean.TRUE.equals(row[2])) {
            throw ApiException.conflict("A sync of organization " + orgId + " is already running (sync log " + runningLog
                    + "); follow it at GET /v2/organizations/" + orgId + "/sync-logs");
        }
        if (dueAfter != null && !Boolean.TRUE.equals(row[5])) {
            return Optional.empty();
        }
        if (!slot.getAsBoolean()) {
            throw SyncRunner.busy();
        }
        Instant now = clock.instant();
        if (syncing && runningLog != null) {
            failLog(runningLog, INTERRUPTED, now);
        }
        SyncLog log = new SyncLog();
        log.organizationId = orgId;
        log.trigger = trigger;
        log.syncType = hasStudentSync(orgId) ? "students" : "courses";
        log.status = SyncLog.RUNNING;
        log.startedAt = now;
        logs.persist(log);
        logs.flush();
        UUID token = UUID.randomUUID();
        em.createNativeQuery("""
                UPDATE immersio_integrations SET sync_status = 'syncing', sync_token = ?2, sync_log_id = ?3, sync_error_message = NULL,
                       sync_claimed_at = clock_timestamp(), sync_lease_until = clock_timestamp() + make_interval(secs => ?4)
                WHERE organization_id = ?1""")
                .setParameter(1, orgId).setParameter(2, token).setParameter(3, log.id).setParameter(4, leaseSeconds()).executeUpdate();
        return Optional.of(new Claim(orgId, log.id, token, (String) row[3], (String) row[4]));
    }

    /** Extends the run's lease; false when it no longer holds the claim (it was taken over after its lease ended). */
    boolean renew(Claim claim) {
        return em.createNativeQuery("""
                UPDATE immersio_integrations SET sync_lease_until = clock_timestamp() + make_interval(secs => ?3)
                WHERE organization_id = ?1 AND sync_token = ?2""")
                .setParameter(1, claim.orgId()).setParameter(2, claim.token()).setParameter(3, leaseSeconds()).executeUpdate() == 1;
    }

    /**
     * In the caller's transaction: whether the run still holds its claim, keeping it held (a share
     * lock on the row) until that transaction ends, so a takeover cannot interleave with its writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean holds(Claim claim) {
        return !em.createNativeQuery("SELECT 1 FROM immersio_integrations WHERE organization_id = ?1 AND sync_token = ?2 FOR SHARE")
                .setParameter(1, claim.orgId()).setParameter(2, claim.token()).getResultList().isEmpty();
    }

    /** Ends the run: writes its log and the integration's status, and releases the claim (if still held). */
    void finish(Claim claim, SyncReport report) {
        Instant now = clock.instant();
        SyncLog log = logs.findById(claim.logId());
        if (log != null && SyncLog.RUNNING.equals(log.status)) {
            log.status = report.status();
            log.recordsProcessed = report.processed();
            log.recordsFailed = report.failed();
            log.errorDetails = report.problems();
            log.completedAt = now;
        }
        em.createNativeQuery("""
                UPDATE immersio_integrations SET sync_status = ?3, sync_error_message = ?4, last_sync_at = ?5,
                       sync_token = NULL, sync_lease_until = NULL
                WHERE organization_id = ?1 AND sync_token = ?2""")
                .setParameter(1, claim.orgId()).setParameter(2, claim.token()).setParameter(3, report.status())
                .setParameter(4, report.summary()).setParameter(5, now).executeUpdate();
    }

    /** Marks runs whose lease ended without them finishing as failed: of one organisation, or of all when null. */
    @SuppressWarnings("unchecked")
    void reapExpired(Long orgId) {
        List<Object> expired = em.createNativeQuery("""
                UPDATE immersio_integrations SET sync_status = 'failed', sync_error_message = ?2, sync_token = NULL, sync_lease_until = NULL
                WHERE sync_status = 'syncing' AND sync_lease_until < clock_timestamp() AND (?1 = 0 OR organization_id = ?1)
                RETURNING sync_log_id""")
                .setParameter(1, orgId == null ? 0L : orgId).setParameter(2, "The last sync " + INTERRUPTED).getResultList();
        Instant now = clock.instant();
        for (Object logId : expired) {
            if (logId != null) {
                failLog(((Number) logId).longValue(), INTERRUPTED, now);
            }
        }
    }

    private void failLog(long logId, String why, Instant now) {
        SyncLog log = logs.findById(logId);
        if (log != null && SyncLog.RUNNING.equals(log.status)) {
            log.status = SyncLog.FAILED;
            log.completedAt = now;
            log.errorDetails = new java.util.ArrayList<>(log.errorDetails);
            log.errorDetails.add(new SyncLog.SyncProblem("run", why));
        }
    }

    private boolean hasStudentSync(long orgId) {
        return !em.createNativeQuery("SELECT 1 FROM immersio_course_mappings WHERE organization_id = ?1 AND sync_students")
                .setParameter(1, orgId).setMaxResults(1).getResultList().isEmpty();
    }

    private double leaseSeconds() {
        return config.syncLease().toMillis() / 1000.0;
    }
}
