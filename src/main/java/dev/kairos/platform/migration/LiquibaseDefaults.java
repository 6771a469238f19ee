package dev.kairos.platform.migration;

import java.util.Map;
import liquibase.configuration.AbstractMapConfigurationValueProvider;

/**
 * Liquibase settings Kairos changes from Liquibase's own defaults, found by Liquibase through
 * {@code META-INF/services/liquibase.configuration.ConfigurationValueProvider}.
 *
 * <p>{@code liquibase.analytics.enabled=false}: since 4.30 Liquibase fetches
 * {@code https://config.liquibase.com/analytics.yaml} during every command the migration at start-up
 * runs (1.5 s connect and 1.5 s read timeout each, on the start-up thread) and sends usage data to
 * Liquibase when the JVM exits. A server should neither wait on nor report to a third party to start.
 *
 * <p>The precedence is below Liquibase's environment variables (150) and system properties (200), so
 * {@code LIQUIBASE_ANALYTICS_ENABLED=true} still turns analytics on.
 */
public final class LiquibaseDefaults extends AbstractMapConfigurationValueProvider {

    private static final int PRECEDENCE = 100;
    private static final Map<String, String> VALUES = Map.of("liquibase.analytics.enabled", "false");

    @Override
    public int getPrecedence() {
        return PRECEDENCE;
    }

    @Override
    protected Map<?, ?> getMap() {
        return VALUES;
    }

    @Override
    protected String getSourceDescription() {
        return "Kairos defaults (" + LiquibaseDefaults.class.getName() + ")";
    }
}
