package dev.kairos.platform.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points Kairos at an embedded PostgreSQL and Redis when none is configured ({@link EmbeddedPlan}
 * says when), waiting for them to be up. {@link EmbeddedServicesEarlyStart} has usually started them
 * already.
 */
public final class EmbeddedServicesConfigSourceFactory implements ConfigSourceFactory {

    /** Above environment variables (300), so that KAIROS_EMBEDDED=true wins over configured URLs. */
    private static final int ORDINAL = 350;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        EmbeddedPlan plan = EmbeddedPlan.of(context);
        if (!plan.allowed()) {
            List<String> missing = plan.missing();
            if (!missing.isEmpty() && EmbeddedPlan.isApplicationStart()) {
                throw new IllegalStateException("Kairos needs " + String.join(" and ", missing)
                        + " (or KAIROS_EMBEDDED=true to start an embedded PostgreSQL and Redis for a trial run)");
            }
            return List.of();
        }
        if (!EmbeddedPlan.isApplicationStart()) {
            return List.of();
        }
        plan.startInBackground();
        Map<String, String> properties = new HashMap<>();
        if (plan.postgres()) {
            properties.put(EmbeddedPlan.JDBC_URL, EmbeddedServices.postgres());
            properties.put("quarkus.datasource.username", "postgres");
            properties.put("quarkus.datasource.password", "");
        }
        if (plan.redis()) {
            properties.put(EmbeddedPlan.REDIS_HOSTS, EmbeddedServices.redis());
        }
        return List.of(new MapBackedConfigSource("KairosEmbeddedServices", properties, ORDINAL) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
