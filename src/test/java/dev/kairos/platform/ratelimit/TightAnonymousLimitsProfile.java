package dev.kairos.platform.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A default budget of 5 requests at once, refilled at one a minute. */
public class TightAnonymousLimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kairos.rate-limits.default.per-minute", "1", "kairos.rate-limits.default.burst", "5");
    }
}
