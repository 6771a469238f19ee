package dev.kairos.organization.immersio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays Immersio's API (immersio-api.md) on a local port: paged courses and students, a key it
 * expects (or several, one per organisation), and scripted faults (a status a number of times, slow
 * answers, a course gone, an endless answer, a change right after an answer). Records every request
 * and the most requests it ever had in flight at once, in all and per key.
 */
final class FakeImmersio implements AutoCloseable {

    /** One scripted answer for requests whose path and query contain {@code match}. */
    private static final class Fault {
        final String match;
        final int status;
        final Map<String, String> headers;
        final long delayMillis;
        final AtomicInteger remaining;

        Fault(String match, int status, Map<String, String> headers, long delayMillis, int times) {
            this.match = match;
            this.status = status;
            this.headers = headers;
            this.delayMillis = delayMillis;
            this.remaining = new AtomicInteger(times);
        }
    }

    /** A request as received: path with query, whether the key was right, and when (ms since epoch). */
    record Request(String target, boolean authorized, long at) {
    }

    private static final Pattern STUDENTS = Pattern.compile("/v1/courses/([^/]+)/students");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Set<String> apiKeys = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> inFlightByKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> maxInFlightByKey = new ConcurrentHashMap<>();
    private final List<Map.Entry<String, Runnable>> afterAnswers = new CopyOnWriteArrayList<>();
    private final AtomicLong floodedBytes = new AtomicLong();
    private volatile String flood;
    private final List<Map<String, Object>> courses = new CopyOnWriteArrayList<>();
    private final Map<String, List<Map<String, Object>>> students = new ConcurrentHashMap<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile long delayMillis;

    FakeImmersio(String apiKey) throws IOException {
        apiKeys.add(apiKey);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeImmersio course(String id, String name) {
        courses.add(Map.of("id", id, "name", name, "status", "active"));
        students.putIfAbsent(id, new CopyOnWriteArrayList<>());
        return this;
    }

    /** Replaces the course's students. */
    FakeImmersio students(String courseId, List<Map<String, Object>> roster) {
        students.put(courseId, new CopyOnWriteArrayList<>(roster));
        return this;
    }

    /** The course disappears: its students answer 404. */
    void removeCourse(String courseId) {
        courses.removeIf(c -> c.get("id").equals(courseId));
        students.remove(courseId);
    }

    static Map<String, Object> student(String id, String email, String name) {
        Map<String, Object> student = new LinkedHashMap<>();
        student.put("id", id);
        student.put("email", email);
        student.put("name", name);
        return student;
    }

    /** The next {@code times} requests matching {@code match} answer {@code status} with {@code headers}. */
    FakeImmersio fail(String match, int status, int times, Map<String, String> headers) {
        faults.add(new Fault(match, status, headers, 0, times));
        return this;
    }

    /** The next {@code times} requests matching {@code match} wait {@code millis} before answering normally. */
    FakeImmersio stall(String match, long millis, int times) {
        faults.add(new Fault(match, 0, Map.of(), millis, times));
        return this;
    }

    /** Every answer waits this long. */
    FakeImmersio delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Also accepts {@code otherKey} (another organisation using the same partner). */
    FakeImmersio accept(String otherKey) {
        apiKeys.add(otherKey);
        return this;
    }

    /** Once, right after answering a request whose path and query contain {@code match}, runs {@code change}. */
    FakeImmersio afterAnswer(String match, Runnable change) {
        afterAnswers.add(Map.entry(match, change));
        return this;
    }

    /** Requests whose path and query contain {@code match} get a 200 whose chunked body never ends (until the client leaves). */
    FakeImmersio flood(String match) {
        this.flood = match;
        return this;
    }

    /** Bytes of endless answers written before the client left. */
    long floodedBytes() {
        return floodedBytes.get();
    }

    /** The most requests with this key in flight at once. */
    int maxInFlight(String key) {
        AtomicInteger max = maxInFlightByKey.get("Bearer " + key);
        return max == null ? 0 : max.get();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String containing) {
        return requests.stream().filter(r -> r.target().contains(containing)).toList();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        AtomicInteger keyInFlight = inFlightByKey.computeIfAbsent(authorization, k -> new AtomicInteger());
        maxInFlightByKey.computeIfAbsent(authorization, k -> new AtomicInteger()).accumulateAndGet(keyInFlight.incrementAndGet(), Math::max);
        try {
            String target = exchange.getRequestURI().toString();
            boolean authorized = authorization.startsWith("Bearer ") && apiKeys.contains(authorization.substring(7));
            requests.add(new Request(target, authorized, System.currentTimeMillis()));
            pause(delayMillis);
            Fault fault = takeFault(target);
            if (fault != null && fault.delayMillis > 0) {
                pause(fault.delayMillis);
            } else if (fault != null) {
                fault.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                send(exchange, fault.status, Map.of("error", "scripted " + fault.status));
                return;
            }
            if (!authorized) {
                send(exchange, 401, Map.of("error", "unauthorized"));
                return;
            }
            if (flood != null && target.contains(flood)) {
                flood(exchange);
                return;
            }
            answer(exchange, target);
        } finally {
            keyInFlight.decrementAndGet();
            inFlight.decrementAndGet();
        }
    }

    private Fault takeFault(String target) {
        for (Fault fault : faults) {
            if (target.contains(fault.match) && fault.remaining.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0) {
                return fault;
            }
        }
        return null;
    }

    /** Runs the changes due after this request's answer, once it is put together and before it is sent (so the next request sees them). */
    private void changeAfter(String target) {
        for (Map.Entry<String, Runnable> after : afterAnswers) {
            if (target.contains(after.getKey()) && afterAnswers.remove(after)) {
                after.getValue().run();
            }
        }
    }

    private void answer(HttpExchange exchange, String target) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int pageSize = Integer.parseInt(query.getOrDefault("pageSize", "100"));
        if (path.equals("/v1/courses")) {
            send(exchange, 200, page(new ArrayList<>(courses), page, pageSize));
            return;
        }
        Matcher matcher = STUDENTS.matcher(path);
        if (matcher.matches() && students.containsKey(matcher.group(1))) {
            Map<String, Object> body = page(new ArrayList<>(students.get(matcher.group(1))), page, pageSize);
            changeAfter(target);
            send(exchange, 200, body);
            return;
        }
        send(exchange, 404, Map.of("error", "not found"));
    }

    private static Map<String, Object> page(List<Map<String, Object>> all, int page, int pageSize) {
        int from = Math.min(all.size(), (page - 1) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        return Map.of("data", all.subList(from, to), "page", page, "pageSize", pageSize, "total", all.size());
    }

    private void flood(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = ("{\"data\":[" + "{\"id\":\"x\"},".repeat(4096)).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            // Stops after 10 s in case the client never leaves (longer than any test timeout).
            for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end;) {
                out.write(chunk);
                out.flush();
                floodedBytes.addAndGet(chunk.length);
            }
        } catch (IOException clientGone) {
            // The client reset the request: what the test waits for.
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            // The client gave up (a timeout test): nothing to do.
        }
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
