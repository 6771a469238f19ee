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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import redis.embedded.RedisServer;

/**
 * Starts a real PostgreSQL 17 and a real Redis as child processes, once per JVM, side by side and
 * in the background, and stops them when the JVM exits.
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

    /** Starts under way or done in this class loader; the properties above cover the others (dev mode, test profiles). */
    private static CompletableFuture<EmbeddedPostgres> postgresStart;
    private static CompletableFuture<RedisServer> redisStart;

    private EmbeddedServices() {
    }

    /**
     * Starts the embedded PostgreSQL in the background unless it is running or starting already, so
     * that it starts side by side with Redis and with Quarkus' own initialisation; {@link #postgres()}
     * waits for it. Its shutdown hook is in place before it starts, so a JVM that exits meanwhile
     * still stops it.
     *
     * @param dataDirectory where the cluster lives, kept between runs unless {@code clean}; asked
     *                      only if PostgreSQL must start
     * @param clean         whether to start from an empty cluster (tests)
     */
    static synchronized void startPostgres(Supplier<Path> dataDirectory, boolean clean) {
        if (postgresStart != null || System.getProperty(PG_URL_PROPERTY) != null) {
            return;
        }
        CompletableFuture<EmbeddedPostgres> start = new CompletableFuture<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> whenStarted(start, EmbeddedServices::closeQuietly),
                "kairos-embedded-postgres-stop"));
        inBackground("kairos-embedded-postgres-start", start, () -> runPostgres(dataDirectory.get(), clean));
        postgresStart = start;
    }

    /** Starts the embedded Redis in the background unless it is running or starting already; {@link #redis()} waits for it. */
    static synchronized void startRedis() {
        if (redisStart != null || System.getProperty(REDIS_URL_PROPERTY) != null) {
            return;
        }
        CompletableFuture<RedisServer> start = new CompletableFuture<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> whenStarted(start, EmbeddedServices::stopQuietly),
                "kairos-embedded-redis-stop"));
        inBackground("kairos-embedded-redis-start", start, EmbeddedServices::runRedis);
        redisStart = start;
    }

    /** The JDBC URL of the embedded PostgreSQL, once it accepts connections; {@link #startPostgres} must come first. */
    static String postgres() {
        CompletableFuture<EmbeddedPostgres> start;
        synchronized (EmbeddedServices.class) {
            start = postgresStart;
        }
        if (start != null) {
            await(start);
        }
        return started(PG_URL_PROPERTY, "PostgreSQL");
    }

    /** The Redis URL of the embedded Redis, once it is up; {@link #startRedis} must come first. */
    static String redis() {
        CompletableFuture<RedisServer> start;
        synchronized (EmbeddedServices.class) {
            start = redisStart;
        }
        if (start != null) {
            await(start);
        }
        return started(REDIS_URL_PROPERTY, "Redis");
    }

    private static EmbeddedPostgres runPostgres(Path dataDirectory, boolean clean) {
        try {
            Files.createDirectories(dataDirectory);
            removeStalePidFile(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .start();
            Files.writeString(dataDirectory.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
            createDatabaseIfMissing(postgres);
            String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
            System.setProperty(PG_URL_PROPERTY, url);
            announce("Embedded PostgreSQL 17 started: " + url + " (user postgres, data in " + dataDirectory.toAbsolutePath()
                    + "); set QUARKUS_DATASOURCE_JDBC_URL to use another server");
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath(), e);
        }
    }

    /** Redis here keeps nothing on disk. */
    private static RedisServer runRedis() {
        try {
            int port = freePort();
            RedisServer redis = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            redis.start();
            String url = "redis://127.0.0.1:" + port;
            System.setProperty(REDIS_URL_PROPERTY, url);
            announce("Embedded Redis started: " + url + "; set QUARKUS_REDIS_HOSTS to use another server");
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded Redis", e);
        }
    }

    private static <T> void inBackground(String threadName, CompletableFuture<T> result, Supplier<T> task) {
        Thread thread = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for a start, rethrowing what made it fail. */
    private static void await(CompletableFuture<?> start) {
        try {
            start.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static String started(String property, String service) {
        String url = System.getProperty(property);
        if (url == null) {
            throw new IllegalStateException("The embedded " + service + " was not started");
        }
        return url;
    }

    /** In a shutdown hook: lets a start that is under way finish (a minute at most), then stops what it started. */
    private static <T> void whenStarted(CompletableFuture<T> start, Consumer<T> stop) {
        try {
            stop.accept(start.get(1, TimeUnit.MINUTES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // it never started, or the JVM cannot wait any longer; removeStalePidFile deals with a leftover
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

    private static void stopQuietly(RedisServer redis) {
        try {
            redis.stop();
        } catch (IOException ignored) {
            // the JVM is exiting; nothing left to do
        }
    }

    /** Logging is not configured yet while configuration is being built, so this goes to stderr directly. */
    private static void announce(String message) {
        System.err.println("[kairos] " + message);
    }
}
