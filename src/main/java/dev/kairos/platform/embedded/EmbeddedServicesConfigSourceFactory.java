package dev.kairos.platform.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points Kairos at an embedded PostgreSQL and Redis when none is configured.
 *
 * <ul>
 * <li>{@code KAIROS_EMBEDDED=true}: always embedded, even when URLs are configured.</li>
 * <li>{@code KAIROS_EMBEDDED=false}: never embedded.</li>
 * <li>unset: embedded in the dev and test profiles for whichever of the two is not configured;
 * in production a missing URL stops the start-up with a message naming it.</li>
 * </ul>
 */
public final class EmbeddedServicesConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String REDIS_HOSTS = "quarkus.redis.hosts";
    /** Above environment variables (300), so that KAIROS_EMBEDDED=true wins over configured URLs. */
    private static final int ORDINAL = 350;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        String embedded = value(context, "kairos.embedded");
        boolean forced = "true".equalsIgnoreCase(embedded);
        boolean allowed = forced || (embedded == null && devOrTest);
        boolean needsDb = forced || value(context, JDBC_URL) == null;
        boolean needsRedis = forced || value(context, REDIS_HOSTS) == null;

        if (!allowed) {
            List<String> missing = new ArrayList<>();
            if (needsDb) {
                missing.add("QUARKUS_DATASOURCE_JDBC_URL");
            }
            if (needsRedis) {
                missing.add("QUARKUS_REDIS_HOSTS");
            }
            if (!missing.isEmpty() && isRuntime()) {
                throw new IllegalStateException("Kairos needs " + String.join(" and ", missing)
                        + " (or KAIROS_EMBEDDED=true to start an embedded PostgreSQL and Redis for a trial run)");
            }
            return List.of();
        }
        if (!isRuntime()) {
            return List.of();
        }
        Map<String, String> properties = new HashMap<>();
        if (needsDb) {
            boolean test = profiles.contains("test") && !forced;
            Path dataDirectory = test ? tempDirectory() : Path.of(valueOr(context, "kairos.embedded.data-dir", ".kairos/postgres"));
            properties.put(JDBC_URL, EmbeddedServices.postgres(dataDirectory, test));
            properties.put("quarkus.datasource.username", "postgres");
            properties.put("quarkus.datasource.password", "");
        }
        if (needsRedis) {
            properties.put(REDIS_HOSTS, EmbeddedServices.redis());
        }
        return List.of(new MapBackedConfigSource("KairosEmbeddedServices", properties, ORDINAL) {
        });
    }

    @Override
    public java.util.OptionalInt getPriority() {
        return java.util.OptionalInt.of(ORDINAL);
    }

    /**
     * The Quarkus build (augmentation) reads configuration through this factory too; databases must
     * start only when the application itself starts, never while a jar is being packaged.
     */
    private static boolean isRuntime() {
        return StackWalker.getInstance().walk(frames -> frames.noneMatch(
                frame -> frame.getClassName().equals("io.quarkus.deployment.QuarkusAugmentor")));
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("kairos-test-postgres");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        String value = value(context, name);
        return value == null ? fallback : value;
    }
}
