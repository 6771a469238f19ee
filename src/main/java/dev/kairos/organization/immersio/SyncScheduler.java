package dev.kairos.organization.immersio;

import dev.kairos.platform.error.ApiException;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The scheduled sync: every {@code KAIROS_IMMERSIO_SYNC_INTERVAL} each instance sweeps runs whose
 * lease lapsed and claims a run of every organisation with {@code syncEnabled} that no instance
 * synced during the last half interval, so N instances still sync each organisation about once
 * per interval. It claims an organisation only while a run slot is free (see {@link SyncRunner}),
 * never to queue the run: the others are left to the next tick or another instance.
 */
@ApplicationScoped
class SyncScheduler {

    private static final Logger LOG = Logger.getLogger(SyncScheduler.class);

    private final SyncClaims claims;
    private final SyncRunner runner;
    private final EntityManager em;
    private final Duration dueAfter;

    SyncScheduler(SyncClaims claims, SyncRunner runner, EntityManager em, ImmersioConfig config) {
        this.claims = claims;
        this.runner = runner;
        this.em = em;
        String interval = config.syncInterval().trim();
        this.dueAfter = interval.equalsIgnoreCase("off") || interval.equalsIgnoreCase("disabled") ? Duration.ZERO
                : DurationConverter.parseDuration(interval).dividedBy(2);
    }

    @Scheduled(identity = "immersio-sync", every = "${kairos.immersio.sync-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void syncEnabledOrganizations() {
        claims.reapExpired(null);
        for (long orgId : enabledOrganizations()) {
            if (!runner.reserve()) {
                LOG.debugf("Every Immersio sync slot is busy: organization %d and the rest wait for the next tick or another instance", orgId);
                return;
            }
            boolean started = false;
            try {
                // The slot is already reserved: the scheduler stops claiming when none is free.
                Optional<SyncClaims.Claim> claim = claims.claim(orgId, "scheduled", dueAfter, () -> true);
                if (claim.isPresent()) {
                    runner.start(claim.get());
                    started = true;
                }
            } catch (ApiException running) {
                LOG.debugf("Scheduled Immersio sync of organization %d skipped: %s", orgId, running.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf(e, "Scheduled Immersio sync of organization %d could not be started", orgId);
            } finally {
                if (!started) {
                    runner.release();
                }
            }
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<Long> enabledOrganizations() {
        return ((List<Number>) em.createNativeQuery("SELECT organization_id FROM immersio_integrations WHERE sync_enabled ORDER BY organization_id")
                .getResultList()).stream().map(Number::longValue).toList();
    }
}
