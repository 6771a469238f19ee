package dev.kairos.platform.time;

import io.smallrye.config.ConfigMapping;
import java.time.Instant;
import java.util.Optional;

/** The business clock. */
@ConfigMapping(prefix = "kairos.clock")
public interface ClockConfig {

    /**
     * {@code KAIROS_CLOCK_FIXED}: freezes "now" for every business rule at this instant, so demos and
     * black-box tests can replay dated scenarios; platform administrators then move it with
     * {@code PUT /v2/admin/clock}. Never set it in production.
     */
    Optional<Instant> fixed();
}
