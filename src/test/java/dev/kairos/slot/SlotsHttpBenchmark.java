package dev.kairos.slot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.slot.engine.BenchFileSlots;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * {@code GET /v2/slots} under open-loop load (constant arrival rate; latency counted from the
 * moment each request was due, so a slow server cannot hide its queue). The hosts of a bench file
 * (../shared/bench/*.json) and their accepted bookings are loaded into a running Kairos: one host
 * gets a personal event type; several hosts (or an eventType.schedulingType) get a team, owned by
 * the first host, and a round-robin or collective team event type. The API's answer for the file's
 * request is checked once against the engine run in process on the file's data (and against
 * Cal.com's output when the file carries one, as {@code reference.slots}); then rising rates are
 * offered until p99 passes 100 ms: 50, 100, 200, ... req/s for one host, 5, 10, 20, 50, ... for a
 * team. Run by src/bench/slots-bench.sh, which starts Kairos.
 *
 * <p>Arguments: base URL, admin API key, JDBC URL of Kairos' database, bench file, seconds per step.
 */
public final class SlotsHttpBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8, task -> {
                Thread thread = new Thread(task, "bench-http");
                thread.setDaemon(true);
                return thread;
            })).build();
    private static final String[] DAY_NAMES = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
    /** What the loader reproduces; a file using anything else would be measured on other data than it describes. */
    private static final Set<String> EVENT_TYPE_FIELDS = Set.of("length", "slotInterval", "schedulingType", "minimumBookingNotice",
            "beforeEventBuffer", "afterEventBuffer", "offsetStart");
    private static final Set<String> HOST_FIELDS = Set.of("id", "timeZone", "weekly", "overrides", "bookings", "isFixed");
    private static final Set<String> BOOKING_FIELDS = Set.of("start", "end", "status", "sameEventType");
    /** Each step offers at least this many requests, so that low rates still give a median and a p99 worth reading. */
    private static final int MIN_REQUESTS_PER_STEP = 200;

    private SlotsHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
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
        JsonNode bench = JSON.readTree(Path.of(args[3]).toFile());
        int seconds = Integer.parseInt(args[4]);

        boolean team = isTeam(bench);
        String url = load(base, adminKey, jdbcUrl, bench, team);
        System.out.println("Request: GET " + url);
        verify(url, bench);
        // The JIT needs a few thousand requests before the figures mean anything. A team request
        // costs many times a personal one, so its warm-up is closed loop (two requests at a time,
        // back to back) rather than a rate the server might not keep up with.
        if (team) {
            Histogram warm = closedLoop(url, 2, 30);
            System.out.printf(Locale.ROOT, "warm-up, 30 s closed loop with 2 requests in flight: %d requests (%.1f/s), median %.2f ms%n",
                    warm.getTotalCount(), warm.getTotalCount() / 30.0, warm.getValueAtPercentile(50) / 1000.0);
        } else {
            Histogram warm = run(url, 100, 30);
            System.out.printf(Locale.ROOT, "warm-up, 30 s at 100/s: median %.2f ms%n", warm.getValueAtPercentile(50) / 1000.0);
        }

        int[] rates = team ? new int[] { 5, 10, 20, 50, 100, 200, 300, 400, 600, 800, 1000 }
                : new int[] { 50, 100, 200, 300, 400, 600, 800, 1000, 1500, 2000 };
        int best = 0;
        for (int rate : rates) {
            int stepSeconds = Math.max(seconds, (MIN_REQUESTS_PER_STEP + rate - 1) / rate);
            Histogram h = run(url, rate, stepSeconds);
            report(rate + " req/s", stepSeconds, h);
            if (h.getValueAtPercentile(99) > 100_000) {
                break;
            }
            best = rate;
        }
        System.out.println("Highest offered rate with p99 <= 100 ms: " + (best == 0 ? "below " + rates[0] : best) + " req/s");
    }

    /** Several hosts, or a scheduling type: a team event type. */
    private static boolean isTeam(JsonNode bench) {
        return bench.get("hosts").size() > 1 || bench.get("eventType").hasNonNull("schedulingType");
    }

    /**
     * Creates the hosts (user, API key, default schedule), the event type (personal, or a team's)
     * through the API and writes the accepted bookings with SQL; returns the slots URL of the
     * file's request.
     */
    private static String load(String base, String adminKey, String jdbcUrl, JsonNode bench, boolean team) throws Exception {
        JsonNode eventType = bench.get("eventType");
        requireOnly(eventType, EVENT_TYPE_FIELDS, "eventType");
        List<Long> userIds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (JsonNode host : bench.get("hosts")) {
            requireOnly(host, HOST_FIELDS, "host " + host.path("id"));
            String zone = host.get("timeZone").asText();
            long userId = call(base, adminKey, "POST", "/v2/users", Map.of("email", "bench-" + UUID.randomUUID() + "@example.com",
                    "name", "Bench Host " + host.path("id").asText(), "timeZone", zone)).get("data").get("id").asLong();
            String key = call(base, adminKey, "POST", "/v2/api-keys", Map.of("userId", userId)).get("data").get("key").asText();
            call(base, key, "POST", "/v2/schedules", Map.of("name", "Bench", "timeZone", zone, "isDefault", true,
                    "availability", availability(host.get("weekly")), "overrides", overrides(host.path("overrides"))));
            userIds.add(userId);
            keys.add(key);
        }

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Bench");
        body.put("lengthInMinutes", eventType.get("length").asInt());
        for (String field : List.of("slotInterval", "minimumBookingNotice", "beforeEventBuffer", "afterEventBuffer", "offsetStart")) {
            if (eventType.hasNonNull(field)) {
                body.put(field, eventType.get(field).asInt());
            }
        }
        long eventTypeId;
        String label;
        if (team) {
            String owner = keys.get(0);
            String slug = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            long teamId = call(base, owner, "POST", "/v2/teams", Map.of("name", "Bench " + slug, "slug", slug))
                    .get("data").get("id").asLong();
            for (long member : userIds.subList(1, userIds.size())) {
                call(base, owner, "POST", "/v2/teams/" + teamId + "/memberships",
                        Map.of("userId", member, "role", "MEMBER", "accepted", true));
            }
            String type = eventType.path("schedulingType").asText("COLLECTIVE").equals("ROUND_ROBIN") ? "roundRobin" : "collective";
            List<Map<String, Object>> hosts = new ArrayList<>();
            for (int i = 0; i < userIds.size(); i++) {
                JsonNode fixed = bench.get("hosts").get(i).get("isFixed");
                hosts.add(fixed == null ? Map.of("userId", userIds.get(i)) : Map.of("userId", userIds.get(i), "mandatory", fixed.asBoolean()));
            }
            body.put("slug", slug);
            body.put("schedulingType", type);
            body.put("hosts", hosts);
            eventTypeId = call(base, owner, "POST", "/v2/teams/" + teamId + "/event-types", body).get("data").get("id").asLong();
            label = "team " + teamId + " (" + userIds.size() + " hosts, " + type + ")";
        } else {
            body.put("slug", "bench-" + userIds.get(0));
            eventTypeId = call(base, keys.get(0), "POST", "/v2/event-types", body).get("data").get("id").asLong();
            label = "host " + userIds.get(0);
        }

        int[] counts = writeBookings(jdbcUrl, bench, userIds, eventTypeId);
        System.out.println("Loaded " + label + ", event type " + eventTypeId + ", " + counts[0] + " accepted bookings ("
                + counts[1] + " repeats of a host's booking left out, " + counts[2] + " bookings of other statuses not loaded)");
        JsonNode request = bench.get("request");
        return base + "/v2/slots?eventTypeId=" + eventTypeId + "&start=" + request.get("start").asText() + "&end="
                + request.get("end").asText() + "&timeZone=" + request.get("timeZone").asText();
    }

    /**
     * Every accepted booking of every host as a bookings row (the team's or personal event type
     * when sameEventType, else none) with its booking_hosts row, in one transaction. The files
     * repeat some bookings of a host exactly; one of each is written (the exclusion constraint
     * would refuse the repeat, and the busy time is the same); then the tables are analysed.
     * Returns {written, repeats, skipped}.
     */
    private static int[] writeBookings(String jdbcUrl, JsonNode bench, List<Long> userIds, long eventTypeId) throws Exception {
        int written = 0;
        int repeats = 0;
        int skipped = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                PreparedStatement s = c.prepareStatement("""
                        WITH b AS (
                            INSERT INTO bookings (uid, event_type_id, user_id, title, start_time, end_time, status, created_at, updated_at)
                            VALUES (?, ?, ?, 'Bench', ?, ?, 'accepted', now(), now()) RETURNING id, user_id, start_time, end_time)
                        INSERT INTO booking_hosts (booking_id, user_id, busy, blocking)
                        SELECT id, user_id, tstzrange(start_time, end_time, '[)'), true FROM b""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < userIds.size(); i++) {
                JsonNode host = bench.get("hosts").get(i);
                Set<String> seen = new HashSet<>();
                for (JsonNode b : host.get("bookings")) {
                    requireOnly(b, BOOKING_FIELDS, "a booking of host " + host.path("id"));
                    if (!b.get("status").asText().equals("ACCEPTED")) {
                        skipped++;
                        continue;
                    }
                    Instant start = Instant.parse(b.get("start").asText());
                    Instant end = Instant.parse(b.get("end").asText());
                    if (!seen.add(start + "/" + end)) {
                        repeats++;
                        continue;
                    }
                    s.setString(1, "bench-" + UUID.randomUUID());
                    if (b.get("sameEventType").asBoolean()) {
                        s.setLong(2, eventTypeId);
                    } else {
                        s.setNull(2, Types.BIGINT);
                    }
                    s.setLong(3, userIds.get(i));
                    s.setTimestamp(4, Timestamp.from(start));
                    s.setTimestamp(5, Timestamp.from(end));
                    s.addBatch();
                    written++;
                }
            }
            s.executeBatch();
            c.commit();
            // As after any bulk load: without statistics the planner takes the new tables for
            // empty and joins thousands of rows by nested loop (10-14 ms instead of 2 ms for
            // bench-rr20), which autovacuum would only fix at some later minute, or not during the run.
            c.setAutoCommit(true);
            try (var analyze = c.createStatement()) {
                analyze.execute("ANALYZE bookings, booking_hosts");
            }
        }
        return new int[] { written, repeats, skipped };
    }

    /**
     * The API's slots for the bench request must be those of the engine run in process on the
     * file's own data (so the loading lost nothing), and Cal.com's when the file carries them.
     */
    private static void verify(String url, JsonNode bench) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " -> " + response.statusCode() + ": " + response.body());
        }
        List<Instant> got = new ArrayList<>();
        for (Iterator<JsonNode> days = JSON.readTree(response.body()).get("data").elements(); days.hasNext();) {
            for (JsonNode slot : days.next()) {
                got.add(OffsetDateTime.parse(slot.get("start").asText()).toInstant());
            }
        }
        if (got.isEmpty()) {
            throw new IllegalStateException("GET " + url + " returned no slots");
        }
        compare("the engine run in process on the file's data", got, BenchFileSlots.starts(bench));
        JsonNode reference = bench.path("reference").path("slots");
        if (reference.isObject()) {
            List<Instant> calcom = new ArrayList<>();
            reference.elements().forEachRemaining(day -> day.forEach(t -> calcom.add(Instant.parse(t.asText()))));
            calcom.sort(null);
            compare("Cal.com's output in the file", got, calcom);
        }
        System.out.println("Checked once: " + got.size() + " slots from " + got.get(0) + " to " + got.get(got.size() - 1)
                + ", the same as the engine run in process on the file's data"
                + (reference.isObject() ? " and as Cal.com's output in the file" : " (the file carries no expected output)"));
    }

    private static void compare(String what, List<Instant> got, List<Instant> expected) {
        if (got.equals(expected)) {
            return;
        }
        int i = 0;
        while (i < got.size() && i < expected.size() && got.get(i).equals(expected.get(i))) {
            i++;
        }
        throw new IllegalStateException("The API returned " + got.size() + " slots, " + what + " " + expected.size()
                + "; first difference at #" + i + ": API " + (i < got.size() ? got.get(i) : "none") + ", expected "
                + (i < expected.size() ? expected.get(i) : "none"));
    }

    /** Offers {@code rate} requests per second for {@code seconds}; latency from each request's due time. */
    private static Histogram run(String url, int rate, int seconds) throws Exception {
        Histogram histogram = new ConcurrentHistogram(60_000_000L, 3);
        AtomicInteger errors = new AtomicInteger();
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pending.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                histogram.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        if (errors.get() > 0) {
            System.out.println("  errors: " + errors.get() + " of " + total);
        }
        return histogram;
    }

    /** {@code inFlight} requests at a time, each sent when the previous one answered, for {@code seconds}. */
    private static Histogram closedLoop(String url, int inFlight, int seconds) throws Exception {
        Histogram histogram = new ConcurrentHistogram(60_000_000L, 3);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            Thread worker = new Thread(() -> {
                try {
                    while (System.nanoTime() < until) {
                        long sent = System.nanoTime();
                        HttpResponse<Void> response = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("GET " + url + " -> " + response.statusCode());
                        }
                        histogram.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-warm-up");
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return histogram;
    }

    private static void report(String label, int seconds, Histogram h) {
        System.out.printf(Locale.ROOT, "%-10s %3d s n=%d median %.2f ms  p90 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  (load average %s)%n",
                label, seconds, h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, loadAverage());
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Weekly rules of the file (days 0 = Sunday) as schedule availability. */
    private static List<Map<String, Object>> availability(JsonNode weekly) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode rule : weekly) {
            List<String> days = new ArrayList<>();
            rule.get("days").forEach(d -> days.add(DAY_NAMES[d.asInt()]));
            out.add(Map.of("days", days, "startTime", rule.get("start").asText(), "endTime", rule.get("end").asText()));
        }
        return out;
    }

    private static List<Map<String, Object>> overrides(JsonNode overrides) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode o : overrides) {
            out.add(Map.of("date", o.get("date").asText(), "startTime", o.get("start").asText(), "endTime", o.get("end").asText()));
        }
        return out;
    }

    private static void requireOnly(JsonNode node, Set<String> known, String where) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw new IllegalArgumentException(where + " has " + field + ", which this benchmark does not load");
            }
        });
    }

    private static JsonNode call(String base, String key, String method, String path, Object body) throws Exception {
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
