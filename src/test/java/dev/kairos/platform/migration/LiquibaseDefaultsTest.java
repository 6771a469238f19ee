package dev.kairos.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.configuration.ConfiguredValue;
import org.junit.jupiter.api.Test;

/** Liquibase finds Kairos' defaults through its service file, as it does when it migrates at start-up. */
class LiquibaseDefaultsTest {

    private static final String ANALYTICS = "liquibase.analytics.enabled";

    @Test
    void liquibaseAnalyticsAreOff() {
        ConfiguredValue<Boolean> enabled = AnalyticsArgs.ENABLED.getCurrentConfiguredValue();

        assertEquals(Boolean.FALSE, enabled.getValue());
        assertTrue(enabled.getProvidedValue().getSourceDescription().contains(LiquibaseDefaults.class.getName()),
                "set by " + enabled.getProvidedValue().describe());
    }

    @Test
    void anOperatorCanStillTurnThemOn() {
        System.setProperty(ANALYTICS, "true");
        try {
            assertEquals(Boolean.TRUE, AnalyticsArgs.ENABLED.getCurrentValue());
        } finally {
            System.clearProperty(ANALYTICS);
        }
        assertEquals(Boolean.FALSE, AnalyticsArgs.ENABLED.getCurrentValue());
    }
}
