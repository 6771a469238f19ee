package dev.kairos.organization.immersio;

import dev.kairos.platform.error.ApiException;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The scheduled sync: every {@code KAIROS_IMMERSIO_SYNC_INTERVAL} each instance sweeps runs whose
 * lease lapsed and claims a run of every organisation with {@code syncEnabled} that no instance
 * synced during the last half interval, so N instances still sync each organisation about once
 * per interval.
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
            try {
                claims.claim(orgId, "scheduled", dueAfter).ifPresent(runner::start);
            } catch (ApiException running) {
                LOG.debugf("Scheduled Immersio sync of organization %d skipped: %s", orgId, running.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf(e, "Scheduled Immersio sync of organization %d could not be started", orgId);
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
