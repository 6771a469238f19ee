package dev.kairos.organization.immersio;

import dev.kairos.organization.immersio.api.SyncLogResponse;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.envelope.Page;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.pagination.PageParams;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Syncs asked for through the API, and their logs; access as for the integration. */
@ApplicationScoped
public class SyncService {

    /** When to ask again after a 503 because every run slot was busy: runs take seconds to minutes. */

    private final SyncClaims claims;
    private final SyncRunner runner;
    private final SyncLogRepository logs;
    private final TeamAccess access;

    SyncService(SyncClaims claims, SyncRunner runner, SyncLogRepository logs, TeamAccess access) {
        this.claims = claims;
        this.runner = runner;
        this.logs = logs;
        this.access = access;
    }

    /**
     * Claims a run of the organisation and starts it in the background; returns its log (running).
     *
     * @throws ApiException 409 when the organisation has no integration or a run is in progress;
     *                      503 with {@code Retry-After} when this instance runs as many syncs as it may
     */
    public SyncLogResponse trigger(Caller caller, long orgId) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        // The slot is reserved under the organisation's row lock, after the check for a running sync:
        // simultaneous triggers of one organisation then take one slot between them, not one each.
        boolean[] reserved = {false};
        SyncClaims.Claim claim;
        try {
            claim = claims.claim(orgId, "manual", null, () -> reserved[0] = runner.reserve()).orElseThrow();
        } catch (RuntimeException e) {
            if (reserved[0]) {
                runner.release();
            }
            throw e;
        }
        runner.start(claim);
        return log(caller, orgId, claim.logId());
    }

    /** The organisation's sync logs, newest first. */
    @Transactional
    public Page<SyncLogResponse> page(Caller caller, long orgId, PageParams page) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        claims.reapExpired(orgId);
        int offset = page.offset();
        int limit = page.limit();
        return Page.of(logs.pageOf(orgId, offset, limit), SyncService::view, offset, limit, logs.countOf(orgId));
    }

    /**
     * One sync log.
     *
     * @throws ApiException 404 for a log of another organisation or none
     */
    @Transactional
    public SyncLogResponse log(Caller caller, long orgId, long logId) {
        access.requireInOrganization(caller, orgId, TeamRole.ADMIN);
        claims.reapExpired(orgId);
        return logs.find("id = ?1 and organizationId = ?2", logId, orgId).firstResultOptional().map(SyncService::view)
                .orElseThrow(() -> ApiException.notFound("No sync log " + logId + " in organization " + orgId));
    }

    private static SyncLogResponse view(SyncLog log) {
        return new SyncLogResponse(log.id, log.syncType, log.direction, log.trigger, log.recordsProcessed, log.recordsFailed, log.status,
                log.errorDetails.stream().map(p -> new SyncLogResponse.Problem(p.scope(), p.message())).toList(), log.startedAt,
                log.completedAt);
    }
}
