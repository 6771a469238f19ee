package dev.kairos.oauth;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Deletes refresh tokens past their expiry, every hour: each refresh adds a row, and an expired
 * token is refused like an unknown one, so its row serves nothing. Spent tokens stay until they
 * expire, so that reusing one still revokes its family.
 */
@ApplicationScoped
public class RefreshTokenPurge {

    private static final Logger LOG = Logger.getLogger(RefreshTokenPurge.class);

    private final RefreshTokenRepository tokens;
    private final Clock clock;

    RefreshTokenPurge(RefreshTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Scheduled(identity = "oauth-refresh-token-purge", every = "1h", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        long deleted = purge();
        if (deleted > 0) {
            LOG.debugf("Deleted %d expired OAuth refresh tokens", deleted);
        }
    }

    /** Deletes the expired refresh tokens; returns how many. */
    @Transactional
    public long purge() {
        return tokens.delete("expiresAt < ?1", clock.instant());
    }
}
