package dev.kairos.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real HTTP receiver on 127.0.0.1 that records every delivery and answers with the scripted
 * statuses (then 200), optionally after a delay.
 */
final class Receiver implements AutoCloseable {

    /** One request as received: headers (lower-case names), exact body, arrival time. */
    record Received(Map<String, String> headers, String body, Instant at) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private volatile Duration delay = Duration.ZERO;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.join(",", e.getValue()), (a, b) -> a));
                headers.put(":path", exchange.getRequestURI().toString());
                received.add(new Received(headers, body, Instant.now()));
                if (!delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                }
                Integer status = script.poll();
                exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** An http URL of this receiver, by name (resolves to 127.0.0.1). */
    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** The next requests are answered with these statuses, in order; then 200. */
    Receiver answering(Integer... statuses) {
        script.addAll(List.of(statuses));
        return this;
    }

    Receiver slow(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** Waits for the next request, at most {@code timeout}. */
    Received next(Duration timeout) throws InterruptedException {
        Received request = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new AssertionError("No delivery arrived within " + timeout);
        }
        return request;
    }

    /** Waits for {@code count} requests. */
    List<Received> next(int count, Duration timeout) throws InterruptedException {
        List<Received> all = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (all.size() < count) {
            Received request = received.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (request == null) {
                throw new AssertionError("Only " + all.size() + " of " + count + " deliveries arrived within " + timeout);
            }
            all.add(request);
        }
        return all;
    }

    /** Asserts nothing arrives for {@code quiet}. */
    void expectNothing(Duration quiet) throws InterruptedException {
        Received request = received.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        if (request != null) {
            throw new AssertionError("Unexpected delivery: " + request.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
