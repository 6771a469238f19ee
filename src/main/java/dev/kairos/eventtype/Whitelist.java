package dev.kairos.eventtype;

import dev.kairos.eventtype.api.ImportWhitelistRequest;
import dev.kairos.eventtype.api.WhitelistImportResponse;
import dev.kairos.platform.auth.Caller;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.team.TeamAccess;
import dev.kairos.team.TeamRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Workshop whitelists (API.md, Partners): who may book an event type while its whitelist is
 * enabled, and who may see and change the list. The owner of a personal event type manages its
 * list; for a team event type admins and owners manage it and members read it. Anyone else gets
 * 404, as for the event type itself.
 */
@ApplicationScoped
@Transactional
public class Whitelist {

    private final WhitelistRepository entries;
    private final EventTypeRepository eventTypes;
    private final TeamAccess teams;
    private final Clock clock;

    Whitelist(WhitelistRepository entries, EventTypeRepository eventTypes, TeamAccess teams, Clock clock) {
        this.entries = entries;
        this.eventTypes = eventTypes;
        this.teams = teams;
        this.clock = clock;
    }

    /** Whether {@code email} (any case, surrounding spaces ignored) is on the event type's whitelist; null never is. */
    public boolean admits(long eventTypeId, String email) {
        String normalised = WhitelistImport.normalise(email);
        return normalised != null && !normalised.isEmpty() && entries.contains(eventTypeId, normalised);
    }

    /**
     * Adds the entries' emails to the whitelist, or updates the entries of emails already on it.
     *
     * @throws ApiException 404 unless the caller may see the event type, 403 when they may only read
     *                      its whitelist, 422 naming every invalid entry (nothing is written then)
     */
    public WhitelistImportResponse importEntries(Caller caller, long eventTypeId, ImportWhitelistRequest request) {
        requireManager(caller, eventTypeId);
        List<WhitelistImport.Row> rows = WhitelistImport.rows(request.entries());
        WhitelistRepository.Upserted done = entries.upsert(eventTypeId, rows, caller.userId(), clock.instant());
        return new WhitelistImportResponse(done.added(), done.updated());
    }

    /**
     * Removes one email from the whitelist.
     *
     * @throws ApiException 404 when the email is not on it, and as for {@link #importEntries}
     */
    public long remove(Caller caller, long eventTypeId, String email) {
        requireManager(caller, eventTypeId);
        long removed = entries.deleteEmail(eventTypeId, WhitelistImport.normalise(email));
        if (removed == 0) {
            throw ApiException.notFound(email.trim() + " is not on the whitelist of event type " + eventTypeId);
        }
        return removed;
    }

    /** Empties the whitelist; returns how many entries it had. Access as for {@link #importEntries}. */
    public long removeAll(Caller caller, long eventTypeId) {
        requireManager(caller, eventTypeId);
        return entries.deleteAllOf(eventTypeId);
    }

    /**
     * Refuses callers who may not read the event type's whitelist.
     *
     * @throws ApiException 404 for another owner's or an unknown event type
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireReader(Caller caller, long eventTypeId) {
        require(caller, eventTypeId, TeamRole.MEMBER);
    }

    private void requireManager(Caller caller, long eventTypeId) {
        require(caller, eventTypeId, TeamRole.ADMIN);
    }

    private void require(Caller caller, long eventTypeId, TeamRole teamRole) {
        EventType eventType = eventTypes.findByIdOptional(eventTypeId).orElseThrow(() -> notFound(eventTypeId));
        if (eventType.teamId == null) {
            if (eventType.ownerUserId == null || !eventType.ownerUserId.equals(caller.userId())) {
                throw notFound(eventTypeId);
            }
            return;
        }
        try {
            teams.require(caller, eventType.teamId, teamRole);
        } catch (ApiException e) {
            // Not a member: the team's event type does not exist for them either.
            throw e.code() == ErrorCode.NOT_FOUND ? notFound(eventTypeId) : e;
        }
    }

    private static ApiException notFound(long eventTypeId) {
        return ApiException.notFound("No event type " + eventTypeId);
    }
}
