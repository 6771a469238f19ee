package dev.kairos.platform.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Which embedded services the configuration asks for.
 *
 * <ul>
 * <li>{@code KAIROS_EMBEDDED=true}: always embedded, even when URLs are configured.</li>
 * <li>{@code KAIROS_EMBEDDED=false}: never embedded.</li>
 * <li>unset: embedded in the dev and test profiles for whichever of the two is not configured;
 * in production a missing URL stops the start-up with a message naming it.</li>
 * </ul>
 *
 * @param allowed  whether embedded services may start at all
 * @param postgres whether PostgreSQL is wanted (no JDBC URL configured, or forced)
 * @param redis    whether Redis is wanted (no Redis hosts configured, or forced)
 * @param test     the test profile without {@code KAIROS_EMBEDDED=true}: a fresh cluster in a temporary directory
 * @param dataDir  where the cluster lives otherwise
 */
record EmbeddedPlan(boolean allowed, boolean postgres, boolean redis, boolean test, Path dataDir) {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String REDIS_HOSTS = "quarkus.redis.hosts";

    static EmbeddedPlan of(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        String embedded = value(context, "kairos.embedded");
        boolean forced = "true".equalsIgnoreCase(embedded);
        String dataDir = value(context, "kairos.embedded.data-dir");
        return new EmbeddedPlan(
                forced || (embedded == null && devOrTest),
                forced || value(context, JDBC_URL) == null,
                forced || value(context, REDIS_HOSTS) == null,
                profiles.contains("test") && !forced,
                Path.of(dataDir == null ? ".kairos/postgres" : dataDir));
    }

    /** The environment variables a production start lacks when embedded services are not allowed. */
    List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (postgres) {
            missing.add("QUARKUS_DATASOURCE_JDBC_URL");
        }
        if (redis) {
            missing.add("QUARKUS_REDIS_HOSTS");
        }
        return missing;
    }

    /** Starts the wanted services side by side in the background; a no-op for those already running or starting. */
    void startInBackground() {
        if (!allowed) {
            return;
        }
        if (postgres) {
            Supplier<Path> directory = test ? EmbeddedPlan::tempDirectory : () -> dataDir;
            EmbeddedServices.startPostgres(directory, test);
        }
        if (redis) {
            EmbeddedServices.startRedis();
        }
    }

    /**
     * Whether the application itself is starting. The Quarkus build reads configuration through the
     * factories too, both in its own JVM (augmentation) and in the run that records the AppCDS archive
     * (which ends once the CDI container is ready): databases must start only when the application
     * does, never while a jar is being packaged.
     */
    static boolean isApplicationStart() {
        return !Boolean.getBoolean("quarkus.appcds.generate") && StackWalker.getInstance().walk(frames -> frames.noneMatch(
                frame -> frame.getClassName().equals("io.quarkus.deployment.QuarkusAugmentor")));
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("kairos-test-postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value.getValue();
    }
}
