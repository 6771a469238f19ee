package dev.kairos.admin;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** KAIROS_CLOCK_FIXED set: the business clock starts at 2030-01-01T09:00:00Z. */
public class FixedClockProfile implements QuarkusTestProfile {

    public static final String START = "2030-01-01T09:00:00.000Z";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kairos.clock.fixed", START);
    }
}
