package dev.kairos.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * {@code POST /v2/bookings} under open-loop load (constant arrival rate; latency counted from the
 * moment each request was due, so a slow server cannot hide its queue). Every request books a
 * distinct, free 15-minute slot, so every one should get 201; anything else counts as an error.
 *
 * <p>The load is spread over {@code hosts} hosts (each with its own event type and an always-open
 * UTC schedule), as on a real platform: bookings of one host serialise on that host's advisory
 * lock, so a single host would only measure that lock. Requests go round robin over the hosts,
 * and each host's slots are taken in time order from the day after the fixed business clock.
 * Bookings are anonymous, as from a booking page.
 *
 * <p>Per step it prints the offered and achieved rate, median/p90/p99/max latency, errors by
 * status, and the CPU used meanwhile by the application JVM, its PostgreSQL and Redis (children
 * of the application process) and this load generator, which share the machine's cores. When
 * PostgreSQL has pg_stat_statements loaded, it also prints the statements per booking.
 *
 * <p>Run by src/bench/bookings-bench.sh, which starts Kairos and runs pgbench afterwards.
 * Arguments: base URL, admin API key, JDBC URL of Kairos' database, business clock "now",
 * seconds per step, number of hosts, comma-separated rates (requests/s), warm-up seconds,
 * application pid, output file for the results (key=value lines the script reads), data
 * directory of the embedded PostgreSQL (for its postmaster's pid), warm-up rates, 1 to subscribe a
 * webhook receiver, and the most seconds to go on warming up until the JIT compiler settles.
 */
public final class BookingsHttpBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4, task -> {
                Thread thread = new Thread(task, "bench-http");
                thread.setDaemon(true);
                return thread;
            })).build();
    private static final long SLOT_MINUTES = 15;
    private static final long CLK_TCK = 100;
    private static final int SETTLE_WINDOW_SECONDS = 10;
    private static final double SETTLED_JIT_CORES = 0.05;

    private final String base;
    private final List<Long> eventTypes = new ArrayList<>();
    private final List<Instant> nextStart = new ArrayList<>();
    private final Instant firstDay;
    private long requestNumber;
    private HttpClient loadClient;
    private Context loadContext;

    private BookingsHttpBenchmark(String base, Instant now) {
        this.base = base;
        this.firstDay = now.truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
    }

    public static void main(String[] args) {
        try {
            benchmark(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void benchmark(String[] args) throws Exception {
        String base = args[0];
        String adminKey = args[1];
        String jdbcUrl = args[2];
        Instant now = Instant.parse(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int hosts = Integer.parseInt(args[5]);
        int[] rates = java.util.Arrays.stream(args[6].split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int warmUp = Integer.parseInt(args[7]);
        long appPid = Long.parseLong(args[8]);
        Path results = Path.of(args[9]);
        int[] warmUpRates = java.util.Arrays.stream(args[11].split(",")).mapToInt(r -> Integer.parseInt(r.trim())).toArray();
        boolean webhooks = args.length > 12 && "1".equals(args[12]);
        int settleMax = args.length > 13 ? Integer.parseInt(args[13]) : 0;
        long postmasterPid = Long.parseLong(Files.readAllLines(Path.of(args[10]).resolve("postmaster.pid")).get(0).trim());

        BookingsHttpBenchmark bench = new BookingsHttpBenchmark(base, now);
        if (webhooks) {
            bench.receiver = new WebhookLatency();
        }
        bench.setUp(adminKey, hosts);
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            printServerSettings(db);
            boolean statements = hasPgStatStatements(db);
            System.out.printf(Locale.ROOT, "Setup: %d hosts, each with a 15-minute event type and a daily 00:00-24:00 UTC schedule; "
                    + "slots from %s on, round robin over the hosts%n", hosts, bench.firstDay);
            // A ramp, so that both JVMs reach their compiled steady state before anything is measured.
            for (int warmUpRate : warmUpRates) {
                int warmUpSeconds = warmUp / warmUpRates.length;
                Step warm = bench.run(warmUpRate, warmUpSeconds, appPid, postmasterPid);
                if (warmUpSeconds > 0) {
                    System.out.printf(Locale.ROOT, "warm-up, %d s at %d/s: median %.2f ms, p99 %.2f ms, %d errors, JIT %.2f cores "
                                    + "(not counted below)%n", warmUpSeconds, warmUpRate, warm.h.getValueAtPercentile(50) / 1000.0,
                            warm.h.getValueAtPercentile(99) / 1000.0, warm.errors(), warm.cpu.getOrDefault("jit", 0.0));
                    if (warm.errors() > 0) {
                        System.out.println("warm-up errors at " + warmUpRate + "/s: " + warm.statuses
                                + (warm.firstError.isEmpty() ? "" : " first: " + warm.firstError));
                    }
                }
            }
            settle(bench, warmUpRates[warmUpRates.length - 1], settleMax, appPid, postmasterPid);
            if (bench.receiver != null) {
                System.out.println("warm-up webhooks (not counted below): " + bench.receiver.report(Duration.ofSeconds(30)));
            }
            if (statements) {
                try (Statement s = db.createStatement()) {
                    s.execute("SELECT pg_stat_statements_reset()");
                }
            }
            System.out.println();
            System.out.println("| offered /s | achieved /s | median ms | p90 ms | p99 ms | max ms | errors | CPU app | of which JIT "
                    + "| CPU postgres | CPU redis | CPU load gen | CPU machine | app CPU ms/booking | postgres CPU ms/booking |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            int best = 0;
            double peak = 0;
            long booked = 0;
            List<String> errorLines = new ArrayList<>();
            List<String> webhookLines = new ArrayList<>();
            for (int rate : rates) {
                Thread.sleep(3000); // lets the previous step's stragglers and garbage settle
                Step step = bench.run(rate, seconds, appPid, postmasterPid);
                booked += step.created.get();
                peak = Math.max(peak, step.achieved());
                System.out.println(step.row());
                if (bench.receiver != null) {
                    webhookLines.add(rate + "/s: " + bench.receiver.report(Duration.ofSeconds(30)));
                }
                if (step.errors() > 0) {
                    errorLines.add(rate + "/s: " + step.statuses + (step.firstError.isEmpty() ? "" : " first: " + step.firstError));
                }
                out.put("rate." + rate, String.format(Locale.ROOT, "%.1f %.2f %.2f %.2f %d", step.achieved(),
                        step.h.getValueAtPercentile(50) / 1000.0, step.h.getValueAtPercentile(99) / 1000.0,
                        step.h.getMaxValue() / 1000.0, step.errors()));
                if (step.h.getValueAtPercentile(99) <= 100_000 && step.errors() == 0 && step.achieved() >= rate * 0.98) {
                    best = Math.max(best, rate);
                }
            }
            errorLines.forEach(line -> System.out.println("errors at " + line));
            if (bench.receiver != null) {
                System.out.println("BOOKING_CREATED webhooks, from each 201 to its delivery at a local receiver (one webhook per host):");
                webhookLines.forEach(line -> System.out.println("- " + line));
                bench.receiver.close();
            }
            System.out.println("CPU columns: cores used on average during the step (" + Runtime.getRuntime().availableProcessors()
                    + " cores in all); JIT = the application's C1 and C2 compiler threads; machine = every process on the machine, "
                    + "including other workloads; ms/booking = CPU time "
                    + "per successful booking, which other workloads on the machine disturb less than latency.");
            System.out.println("Highest offered rate with p99 <= 100 ms, no errors and the rate achieved: "
                    + (best == 0 ? "none" : best + " bookings/s"));
            out.put("best", Integer.toString(best));
            out.put("peak", String.format(Locale.ROOT, "%.1f", peak));
            out.put("hosts.first", Long.toString(bench.hostIds.get(0)));
            out.put("hosts.last", Long.toString(bench.hostIds.get(bench.hostIds.size() - 1)));
            out.put("eventtypes.first", Long.toString(bench.eventTypes.get(0)));
            out.put("eventtypes.last", Long.toString(bench.eventTypes.get(bench.eventTypes.size() - 1)));
            if (statements) {
                printStatements(db, booked);
            }
        }
        StringBuilder text = new StringBuilder();
        out.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(results, text);
    }

    private final List<Long> hostIds = new ArrayList<>();
    /** Set when the run also measures BOOKING_CREATED webhook delivery (WEBHOOKS=1). */
    private WebhookLatency receiver;

    /**
     * A local webhook receiver: the time from each booking's 201 (its commit has happened) to the
     * arrival of its BOOKING_CREATED delivery, matched by the booking uid.
     */
    private static final class WebhookLatency implements AutoCloseable {
        private final com.sun.net.httpserver.HttpServer server;
        private final Map<String, Long> committedAt = new ConcurrentHashMap<>();
        private final Map<String, Long> deliveredAt = new ConcurrentHashMap<>();

        WebhookLatency() throws IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 256);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/hook", exchange -> {
                long now = System.nanoTime();
                String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                String uid = uidIn(body);
                if (uid != null) {
                    deliveredAt.putIfAbsent(uid, now);
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void committed(String responseBody, long at) {
            String uid = uidIn(responseBody);
            if (uid != null) {
                committedAt.put(uid, at);
            }
        }

        /** Waits for this step's deliveries, then reports their latency and how many never came; starts the next step afresh. */
        String report(Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline && !deliveredAt.keySet().containsAll(committedAt.keySet())) {
                Thread.sleep(100);
            }
            Histogram latency = new Histogram(600_000_000L, 3);
            int missing = 0;
            for (Map.Entry<String, Long> booked : committedAt.entrySet()) {
                Long delivered = deliveredAt.get(booked.getKey());
                if (delivered == null) {
                    missing++;
                } else {
                    latency.recordValue(Math.max(1, (delivered - booked.getValue()) / 1000));
                }
            }
            String line = String.format(Locale.ROOT, "%d bookings, %d delivered, %d missing after %d s; p50 %.1f ms, p95 %.1f ms, "
                    + "p99 %.1f ms, max %.1f ms", committedAt.size(), committedAt.size() - missing, missing, patience.toSeconds(),
                    latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(95) / 1000.0,
                    latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0);
            committedAt.clear();
            deliveredAt.clear();
            return line;
        }

        private static String uidIn(String json) {
            int at = json.indexOf("\"uid\":\"");
            if (at < 0) {
                return null;
            }
            int from = at + 7;
            int to = json.indexOf('"', from);
            return to < 0 ? null : json.substring(from, to);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Hosts, their keys, schedules and event types, through the API as an operator would create them. */
    private void setUp(String adminKey, int hosts) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < hosts; i++) {
            long userId = call(adminKey, "POST", "/v2/users", Map.of("email", "bench-host-" + run + "-" + i + "@example.com",
                    "name", "Bench Host " + i, "timeZone", "UTC")).get("data").get("id").asLong();
            String key = call(adminKey, "POST", "/v2/api-keys", Map.of("userId", userId, "name", "bench"))
                    .get("data").get("key").asText();
            call(key, "POST", "/v2/schedules", Map.of("name", "Always", "timeZone", "UTC", "isDefault", true,
                    "availability", List.of(Map.of("days", List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                            "Saturday", "Sunday"), "startTime", "00:00", "endTime", "24:00"))));
            long eventTypeId = call(key, "POST", "/v2/event-types", Map.of("title", "Bench call", "slug", "bench-" + run + "-" + i,
                    "lengthInMinutes", (int) SLOT_MINUTES)).get("data").get("id").asLong();
            if (receiver != null) {
                call(key, "POST", "/v2/webhooks", Map.of("subscriberUrl", receiver.url(), "active", true,
                        "triggers", List.of("BOOKING_CREATED"), "secret", "bench-secret-" + run));
            }
            hostIds.add(userId);
            eventTypes.add(eventTypeId);
            nextStart.add(firstDay);
        }
    }

    /** The next request's body: the next host in turn, its next free slot, a fresh attendee. */
    private String nextBody() {
        int host = (int) (requestNumber % eventTypes.size());
        Instant start = nextStart.get(host);
        nextStart.set(host, start.plus(SLOT_MINUTES, ChronoUnit.MINUTES));
        long n = requestNumber++;
        return "{\"eventTypeId\":" + eventTypes.get(host) + ",\"start\":\"" + start + "\",\"attendee\":{\"name\":\"Booker " + n
                + "\",\"email\":\"booker-" + n + "@example.com\",\"timeZone\":\"Europe/London\"}}";
    }

    /** One step's figures. */
    private static final class Step {
        final int rate;
        final Histogram h = new ConcurrentHistogram(120_000_000L, 3);
        final AtomicInteger created = new AtomicInteger();
        final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final AtomicLong lastDone = new AtomicLong();
        volatile String firstError = "";
        long started;
        long startedWallMs;
        /** Worst latency (µs) of the requests due in each second of the step, for TIMELINE. */
        java.util.concurrent.atomic.AtomicLongArray worstBySecond = new java.util.concurrent.atomic.AtomicLongArray(0);
        Map<String, Double> cpu = Map.of();
        double wall;

        Step(int rate) {
            this.rate = rate;
        }

        int total() {
            return (int) h.getTotalCount();
        }

        int errors() {
            return total() - created.get();
        }

        /** Successful bookings per second from the first due time to the last completion. */
        double achieved() {
            double elapsed = (lastDone.get() - started) / 1e9;
            return elapsed <= 0 ? 0 : created.get() / elapsed;
        }

        String row() {
            double perBooking = created.get() == 0 ? 0 : wall * 1000 / created.get();
            return String.format(Locale.ROOT, "| %d | %.1f | %.2f | %.2f | %.2f | %.2f | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |",
                    rate,
                    achieved(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, errors(), cpu.getOrDefault("app", 0.0),
                    cpu.getOrDefault("jit", 0.0), cpu.getOrDefault("postgres", 0.0), cpu.getOrDefault("redis", 0.0), cpu.getOrDefault("loadgen", 0.0),
                    cpu.getOrDefault("machine", 0.0), cpu.getOrDefault("app", 0.0) * perBooking,
                    cpu.getOrDefault("postgres", 0.0) * perBooking);
        }
    }

    /**
     * Goes on warming up at {@code rate} in windows of {@value #SETTLE_WINDOW_SECONDS} s until the
     * application's JIT compiler threads use less than {@value #SETTLED_JIT_CORES} of a core in a
     * window, for at most {@code maxSeconds}: on a slow machine C2 still compiles the booking path
     * minutes after the start, and a step measured meanwhile measures the compiler's share of the
     * cores rather than Kairos. A long-running server pays this once.
     */
    private static void settle(BookingsHttpBenchmark bench, int rate, int maxSeconds, long appPid, long postmasterPid) throws Exception {
        int spent = 0;
        double jit = Double.NaN;
        while (spent + SETTLE_WINDOW_SECONDS <= maxSeconds) {
            Step window = bench.run(rate, SETTLE_WINDOW_SECONDS, appPid, postmasterPid);
            spent += SETTLE_WINDOW_SECONDS;
            jit = window.cpu.getOrDefault("jit", 0.0);
            if (jit < SETTLED_JIT_CORES) {
                break;
            }
        }
        if (maxSeconds > 0) {
            System.out.printf(Locale.ROOT, "warm-up until compiled: %d s more at %d/s, the compiler threads using %.3f cores in the last "
                    + "%d s (settled below %.2f; at most %d s; not counted below)%n", spent, rate, jit, SETTLE_WINDOW_SECONDS,
                    SETTLED_JIT_CORES, maxSeconds);
        }
    }

    /** Offers {@code rate} bookings per second for {@code seconds}; latency from each request's due time. */
    private Step run(int rate, int seconds, long appPid, long postmasterPid) throws Exception {
        Step step = new Step(rate);
        if (rate <= 0 || seconds <= 0) {
            return step;
        }
        int total = rate * seconds;
        List<Buffer> bodies = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            bodies.add(Buffer.buffer(nextBody()));
        }
        long interval = 1_000_000_000L / rate;
        Map<String, Long> cpuBefore = cpuTicks(appPid, postmasterPid);
        long wallBefore = System.nanoTime();
        long start = System.nanoTime() + 50_000_000L;
        step.started = start;
        step.startedWallMs = System.currentTimeMillis() + 50;
        step.worstBySecond = new java.util.concurrent.atomic.AtomicLongArray(seconds + 1);
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pending.add(post(bodies.get(i)).whenComplete((response, failure) -> {
                long done = System.nanoTime();
                step.h.recordValue(Math.max(1, (done - due) / 1000));
                step.worstBySecond.accumulateAndGet((int) ((due - start) / 1_000_000_000L), (done - due) / 1000, Math::max);
                step.lastDone.accumulateAndGet(done, Math::max);
                String status = failure != null ? failure.getClass().getSimpleName() : Integer.toString(response.status());
                step.statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                if (failure == null && response.status() == 201) {
                    step.created.incrementAndGet();
                    if (receiver != null) {
                        receiver.committed(response.body(), done);
                    }
                } else if (step.firstError.isEmpty()) {
                    step.firstError = failure != null ? String.valueOf(failure) : abbreviate(response.body());
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        Map<String, Long> cpuAfter = cpuTicks(appPid, postmasterPid);
        Map<String, Double> used = new HashMap<>();
        cpuAfter.forEach((k, v) -> used.put(k, (v - cpuBefore.getOrDefault(k, 0L)) / (double) CLK_TCK / wall));
        step.cpu = used;
        step.wall = wall;
        timeline(step);
        return step;
    }

    /** A response's status and body. */
    private record Answer(int status, String body) {
    }

    /**
     * Sends one booking through the Vert.x (Netty) client: a keep-alive pool of connections served
     * by one event loop, far cheaper per request than java.net.http, so the load generator takes
     * less of the CPU it shares with Kairos and PostgreSQL. Every call into the client runs on
     * that event loop (the pool is then only ever touched by one thread); a request that gets no
     * connection within 10 s, or no answer within 60 s, fails as an error.
     */
    private CompletableFuture<Answer> post(Buffer body) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        loadContext().runOnContext(v -> loadClient.request(new RequestOptions().setMethod(HttpMethod.POST)
                        .setAbsoluteURI(base + "/v2/bookings").putHeader("Content-Type", "application/json")
                        .setConnectTimeout(10_000).setIdleTimeout(60_000))
                .compose(request -> request.send(body))
                .compose(response -> response.body().map(b -> new Answer(response.statusCode(), b.toString())))
                .onComplete(result -> {
                    if (result.succeeded()) {
                        answer.complete(result.result());
                    } else {
                        answer.completeExceptionally(result.cause());
                    }
                }));
        // A request the client loses without an answer counts as an error instead of stalling the step.
        return answer.orTimeout(90, TimeUnit.SECONDS);
    }

    private Context loadContext() {
        if (loadContext == null) {
            Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
            loadClient = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                    new PoolOptions().setHttp1MaxSize(512).setMaxWaitQueueSize(-1));
            loadContext = vertx.getOrCreateContext();
        }
        return loadContext;
    }

    /** With TIMELINE=file in the environment, appends each second's worst latency, to find when a step's tail happened. */
    private static void timeline(Step step) throws IOException {
        String file = System.getenv("TIMELINE");
        if (file == null || file.isBlank()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < step.worstBySecond.length(); i++) {
            lines.append(String.format(Locale.ROOT, "%s rate=%d second=%d worst_ms=%.1f%n",
                    Instant.ofEpochMilli(step.startedWallMs + i * 1000L).truncatedTo(ChronoUnit.SECONDS), step.rate, i,
                    step.worstBySecond.get(i) / 1000.0));
        }
        Files.writeString(Path.of(file), lines, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /**
     * CPU ticks (user + system) of the application JVM, its PostgreSQL (the postmaster, which
     * pg_ctl detached from the application, and its backends), its Redis child process, this JVM,
     * and the whole machine (from /proc; zeros elsewhere). A PostgreSQL backend that
     * exits between two readings loses its ticks, but the pool keeps backends alive.
     */
    private static Map<String, Long> cpuTicks(long appPid, long postmasterPid) {
        Map<String, Long> ticks = new HashMap<>();
        try {
            Map<Long, Long> parent = new HashMap<>();
            Map<Long, String> comm = new HashMap<>();
            Map<Long, Long> used = new HashMap<>();
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path dir : (Iterable<Path>) dirs::iterator) {
                    String name = dir.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String stat = Files.readString(dir.resolve("stat"));
                        int close = stat.lastIndexOf(')');
                        String[] f = stat.substring(close + 2).split(" ");
                        long pid = Long.parseLong(name);
                        comm.put(pid, stat.substring(stat.indexOf('(') + 1, close));
                        parent.put(pid, Long.parseLong(f[1]));
                        used.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                    } catch (IOException | RuntimeException gone) {
                        // the process ended while reading
                    }
                }
            }
            long self = ProcessHandle.current().pid();
            for (Map.Entry<Long, Long> e : used.entrySet()) {
                long pid = e.getKey();
                String group = null;
                if (pid == appPid) {
                    group = "app";
                } else if (pid == self) {
                    group = "loadgen";
                } else if (pid == postmasterPid || descends(pid, postmasterPid, parent)) {
                    group = "postgres";
                } else if (descends(pid, appPid, parent) && comm.get(pid).startsWith("redis")) {
                    group = "redis";
                }
                if (group != null) {
                    ticks.merge(group, e.getValue(), Long::sum);
                }
            }
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            ticks.put("machine", busy);
            ticks.put("jit", compilerTicks(appPid));
        } catch (IOException | RuntimeException unavailable) {
            // not Linux: no CPU figures
        }
        return ticks;
    }

    /**
     * CPU ticks of the application JVM's JIT compiler threads (HotSpot names them "C1 CompilerThread<n>"
     * and "C2 CompilerThread<n>"; the kernel keeps the first 15 characters). A thread the JVM
     * retired between two readings loses its ticks, which only makes the figure smaller.
     */
    private static long compilerTicks(long appPid) throws IOException {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(appPid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                        String[] f = stat.substring(close + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while reading
                }
            }
        }
        return ticks;
    }

    private static boolean descends(long pid, long ancestor, Map<Long, Long> parent) {
        for (int depth = 0; depth < 10; depth++) {
            Long up = parent.get(pid);
            if (up == null || up <= 1) {
                return false;
            }
            if (up == ancestor) {
                return true;
            }
            pid = up;
        }
        return false;
    }

    private static void printServerSettings(Connection db) throws Exception {
        StringBuilder line = new StringBuilder("PostgreSQL:");
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT name, setting, unit FROM pg_settings WHERE name IN ('server_version', 'synchronous_commit', 'fsync',
                'shared_buffers', 'max_connections', 'shared_preload_libraries') ORDER BY name""")) {
            while (rs.next()) {
                line.append(' ').append(rs.getString(1)).append('=').append(rs.getString(2))
                        .append(rs.getString(3) == null ? "" : "(" + rs.getString(3) + ")");
            }
        }
        System.out.println(line);
    }

    private static boolean hasPgStatStatements(Connection db) {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.executeQuery("SELECT count(*) FROM pg_stat_statements").close();
            return true;
        } catch (Exception e) {
            System.out.println("pg_stat_statements unavailable (" + e.getMessage().lines().findFirst().orElse("") + "); no statement counts");
            return false;
        }
    }

    /** What PostgreSQL executed during the measured steps, per successful booking. */
    private static void printStatements(Connection db, long booked) throws Exception {
        if (booked == 0) {
            return;
        }
        System.out.println();
        System.out.println("PostgreSQL statements during the measured steps (pg_stat_statements), per booking (" + booked + " bookings):");
        System.out.println("| calls/booking | mean ms | total ms/booking | statement |");
        System.out.println("|---|---|---|---|");
        double calls = 0;
        double millis = 0;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT calls, mean_exec_time, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
                FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                WHERE d.datname = current_database() AND query NOT LIKE '%pg_stat_statements%'
                ORDER BY calls DESC, total_exec_time DESC""")) {
            while (rs.next()) {
                double perBooking = rs.getLong(1) / (double) booked;
                calls += perBooking;
                millis += rs.getDouble(3) / booked;
                if (perBooking >= 0.01) {
                    String q = rs.getString(4);
                    System.out.printf(Locale.ROOT, "| %.2f | %.3f | %.3f | `%s` |%n", perBooking, rs.getDouble(2), rs.getDouble(3) / booked,
                            q.length() > 160 ? q.substring(0, 160) + "..." : q);
                }
            }
        }
        System.out.printf(Locale.ROOT, "Total: %.1f statements and %.2f ms of execution in PostgreSQL per booking "
                + "(BEGIN/COMMIT included when the driver sends them as statements).%n", calls, millis);
    }

    private JsonNode call(String key, String method, String path, Object body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
