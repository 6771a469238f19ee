package dev.kairos.slot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * {@code GET /v2/slots} under open-loop load (constant arrival rate; latency counted from the
 * moment each request was due, so a slow server cannot hide its queue): the bench-single host and
 * its 200 bookings are loaded into a running Kairos, then 50 requests/s are offered, then rising
 * rates until p99 passes 100 ms. Run by src/bench/slots-bench.sh, which starts Kairos.
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

        String url = load(base, adminKey, jdbcUrl, bench);
        System.out.println("Request: GET " + url);
        // The JIT needs a few thousand requests before the figures mean anything.
        Histogram warm = run(url, 100, 30);
        System.out.printf(Locale.ROOT, "warm-up, 30 s at 100/s: median %.2f ms%n", warm.getValueAtPercentile(50) / 1000.0);

        Histogram at50 = run(url, 50, seconds);
        report("50 req/s", at50);
        int best = 0;
        for (int rate : new int[] { 100, 200, 300, 400, 600, 800, 1000, 1500, 2000 }) {
            Histogram h = run(url, rate, seconds);
            report(rate + " req/s", h);
            if (h.getValueAtPercentile(99) > 100_000) {
                break;
            }
            best = rate;
        }
        System.out.println("Highest offered rate with p99 <= 100 ms: " + (best == 0 ? "below 100" : best) + " req/s");
    }

    /** Creates the host, schedule and event type through the API and writes the bookings with SQL. */
    private static String load(String base, String adminKey, String jdbcUrl, JsonNode bench) throws Exception {
        JsonNode host = bench.get("hosts").get(0);
        JsonNode rule = host.get("weekly").get(0);
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        long userId = call(base, adminKey, "POST", "/v2/users", Map.of("email", email, "name", "Bench Host",
                "timeZone", host.get("timeZone").asText())).get("data").get("id").asLong();
        String key = call(base, adminKey, "POST", "/v2/api-keys", Map.of("userId", userId)).get("data").get("key").asText();
        List<String> days = new ArrayList<>();
        String[] names = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        rule.get("days").forEach(d -> days.add(names[d.asInt()]));
        call(base, key, "POST", "/v2/schedules", Map.of("name", "Bench", "timeZone", host.get("timeZone").asText(), "isDefault", true,
                "availability", List.of(Map.of("days", days, "startTime", rule.get("start").asText(), "endTime", rule.get("end").asText()))));
        JsonNode eventType = bench.get("eventType");
        long eventTypeId = call(base, key, "POST", "/v2/event-types", Map.of("title", "Bench", "slug", "bench-" + userId,
                "lengthInMinutes", eventType.get("length").asInt(), "slotInterval", eventType.get("slotInterval").asInt()))
                .get("data").get("id").asLong();
        int bookings = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            c.setAutoCommit(false);
            for (JsonNode b : host.get("bookings")) {
                if (!b.get("status").asText().equals("ACCEPTED")) {
                    continue;
                }
                long bookingId;
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO bookings (uid, event_type_id, user_id, title, start_time, end_time, status, created_at, updated_at)
                        VALUES (?, ?, ?, 'Bench', ?, ?, 'accepted', now(), now()) RETURNING id""")) {
                    s.setString(1, "bench-" + UUID.randomUUID());
                    s.setLong(2, eventTypeId);
                    s.setLong(3, userId);
                    s.setTimestamp(4, Timestamp.from(Instant.parse(b.get("start").asText())));
                    s.setTimestamp(5, Timestamp.from(Instant.parse(b.get("end").asText())));
                    ResultSet rs = s.executeQuery();
                    rs.next();
                    bookingId = rs.getLong(1);
                }
                // The bench file repeats a few slots; the exclusion constraint keeps one booking per time.
                try (PreparedStatement s = c.prepareStatement("INSERT INTO booking_hosts (booking_id, user_id, busy, blocking) "
                        + "VALUES (?, ?, tstzrange(?, ?, '[)'), true) ON CONFLICT DO NOTHING")) {
                    s.setLong(1, bookingId);
                    s.setLong(2, userId);
                    s.setTimestamp(3, Timestamp.from(Instant.parse(b.get("start").asText())));
                    s.setTimestamp(4, Timestamp.from(Instant.parse(b.get("end").asText())));
                    if (s.executeUpdate() == 0) {
                        try (PreparedStatement d = c.prepareStatement("DELETE FROM bookings WHERE id = ?")) {
                            d.setLong(1, bookingId);
                            d.executeUpdate();
                        }
                        continue;
                    }
                }
                bookings++;
            }
            c.commit();
        }
        System.out.println("Loaded host " + userId + ", event type " + eventTypeId + ", " + bookings + " accepted bookings");
        JsonNode request = bench.get("request");
        return base + "/v2/slots?eventTypeId=" + eventTypeId + "&start=" + request.get("start").asText() + "&end="
                + request.get("end").asText() + "&timeZone=" + request.get("timeZone").asText();
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

    private static void report(String label, Histogram h) {
        System.out.printf(Locale.ROOT, "%-10s n=%d median %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n", label,
                h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
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
