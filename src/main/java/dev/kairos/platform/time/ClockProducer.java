package dev.kairos.platform.time;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import org.jboss.logging.Logger;

/** The one source of "now" for business rules: inject {@link Clock} (or {@link BusinessClock}). */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    private final BusinessClock clock;
    private final ClockConfig config;

    ClockProducer(ClockConfig config, AgroalDataSource dataSource) {
        this.config = config;
        this.clock = new BusinessClock(config.fixed().isPresent() ? dataSource : null);
    }

    /** Also injectable as {@link Clock}; a singleton because the class is final (no proxy). */
    @Produces
    @Singleton
    BusinessClock businessClock() {
        return clock;
    }

    /**
     * Runs after Liquibase (which migrates before any StartupEvent observer) and before every other
     * observer, which may already ask for the time.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        config.fixed().ifPresent(fixed -> {
            clock.seed(fixed);
            LOG.warnf("**** BUSINESS CLOCK IS FIXED (KAIROS_CLOCK_FIXED=%s): now = %s for slots, notice, expiries and "
                    + "createdAt; move it with PUT /v2/admin/clock. Never use this in production. ****", fixed, clock.instant());
        });
    }
}
