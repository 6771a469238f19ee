package dev.kairos.platform.embedded;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Starts the embedded services, when {@link EmbeddedPlan} wants them, while Quarkus initialises.
 *
 * <p>Quarkus calls factories marked {@link StaticInitSafe} when it builds the static-init
 * configuration, a few tenths of a second after launch; the runtime configuration, where
 * {@link EmbeddedServicesConfigSourceFactory} waits for the services' addresses, comes after the
 * static initialisation (the CDI container, Hibernate's metadata, the validator: over a second).
 * Started here, PostgreSQL and Redis come up during that time instead of after it. This factory
 * contributes no configuration and never fails the start-up: a missing URL is reported by the other.
 */
@StaticInitSafe
public final class EmbeddedServicesEarlyStart implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (EmbeddedPlan.isApplicationStart()) {
            try {
                EmbeddedPlan.of(context).startInBackground();
            } catch (RuntimeException e) {
                // EmbeddedServicesConfigSourceFactory tries again at runtime and reports what fails
            }
        }
        return List.of();
    }
}
