package dev.kairos.organization.immersio;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs claimed syncs in the background, at most {@code KAIROS_IMMERSIO_MAX_CONCURRENT_RUNS} at once:
 * a caller reserves a run slot before it claims an organisation ({@link #reserve()}), so a claim
 * never waits in a queue while its lease runs out. Each run has a thread of its own and two of the
 * shared request threads, renews its lease while it runs and writes its log when it ends. If the
 * instance dies mid-run, the lease lapses and {@link SyncClaims} marks the run failed.
 */
@ApplicationScoped
class SyncRunner {

    private static final Logger LOG = Logger.getLogger(SyncRunner.class);

    private final SyncClaims claims;
    private final PartnerConnector connector;
    private final RosterWriter writer;
    private final ImmersioConfig config;
    private final Semaphore slots;
    private final ExecutorService runs;
    private final ExecutorService requests;
    private final ScheduledExecutorService leases = Executors.newSingleThreadScheduledExecutor(daemon("immersio-sync-lease"));

    SyncRunner(SyncClaims claims, PartnerConnector connector, RosterWriter writer, ImmersioConfig config) {
        this.claims = claims;
        this.connector = connector;
        this.writer = writer;
        this.config = config;
        int max = Math.max(1, config.maxConcurrentRuns());
        this.slots = new Semaphore(max);
        this.runs = Executors.newFixedThreadPool(max, daemon("immersio-sync"));
        this.requests = Executors.newFixedThreadPool(max * PartnerSession.MAX_IN_FLIGHT, daemon("immersio-sync-request"));
    }

    void stop(@Observes ShutdownEvent event) {
        leases.shutdownNow();
        runs.shutdownNow();
        requests.shutdownNow();
    }

    /** How long a caller refused for want of a free slot is told to wait. */
    static final int BUSY_RETRY_AFTER_SECONDS = 30;

    /** 503 with Retry-After: this instance runs as many syncs as it may. */
    static ApiException busy() {
        return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Kairos is running as many syncs as it may at once; "
                + "ask again in " + BUSY_RETRY_AFTER_SECONDS + " seconds", List.of(),
                Map.of("Retry-After", Integer.toString(BUSY_RETRY_AFTER_SECONDS)));
    }

    /** Reserves a run slot; false when every slot is busy. Pass it on with {@link #start} or give it back with {@link #release}. */
    boolean reserve() {
        return slots.tryAcquire();
    }

    /** Gives back a reserved slot that no run was started with. */
    void release() {
        slots.release();
    }

    /** Starts the claimed run in the background, in the slot reserved for it; the slot is free again when the run ends. */
    void start(SyncClaims.Claim claim) {
        try {
            runs.execute(() -> {
                try {
                    execute(claim);
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release();
            LOG.warnf("Immersio sync of organization %d (log %d) not started: the instance is stopping; its claim lapses with its lease",
                    claim.orgId(), claim.logId());
        }
    }

    private void execute(SyncClaims.Claim claim) {
        SyncReport report = new SyncReport();
        long every = Math.max(1, config.syncLease().toMillis() / 3);
        ScheduledFuture<?> renewal = leases.scheduleAtFixedRate(() -> renew(claim, report), every, every, TimeUnit.MILLISECONDS);
        try (PartnerSession partner = connector.open(claim)) {
            new SyncRun(claim, writer, partner, report).run(requests);
        } catch (PartnerFailure failure) {
            report.stop("connection", failure.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Immersio sync of organization %d (log %d) failed", claim.orgId(), claim.logId());
            report.stop("run", "the run failed inside Kairos; it is safe to sync again");
        } finally {
            renewal.cancel(false);
        }
        try {
            claims.finish(claim, report);
            LOG.infof("Immersio sync of organization %d (log %d): %s, %d records processed, %d failed", claim.orgId(), claim.logId(),
                    report.status(), report.processed(), report.failed());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Immersio sync of organization %d (log %d): the outcome could not be recorded; the claim lapses with its lease",
                    claim.orgId(), claim.logId());
        }
    }

    private void renew(SyncClaims.Claim claim, SyncReport report) {
        try {
            if (!claims.renew(claim)) {
                report.stop("run", "another run took this organization over after this run's lease ended");
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Immersio sync of organization %d: the lease could not be renewed; trying again", claim.orgId());
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
