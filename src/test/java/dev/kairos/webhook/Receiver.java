package dev.kairos.webhook;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
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
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;

/**
 * A real HTTP (or, given a TLS identity, HTTPS) receiver on 127.0.0.1 that records every delivery
 * and answers with the scripted statuses (then 200), optionally after a delay.
 */
final class Receiver implements AutoCloseable {

    /**
     * One request as received: headers (lower-case names, plus {@code :path} and, over https,
     * {@code :sni}, the server name the client asked for), exact body, arrival time.
     */
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
        this(null);
    }

    /** Over https with this server identity when {@code tls} is not null. */
    Receiver(SSLContext tls) throws IOException {
        if (tls == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } else {
            HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().toLowerCase(), e -> String.join(",", e.getValue()), (a, b) -> a));
                headers.put(":path", exchange.getRequestURI().toString());
                if (exchange instanceof HttpsExchange https && https.getSSLSession() instanceof ExtendedSSLSession session) {
                    session.getRequestedServerNames().stream().filter(SNIHostName.class::isInstance)
                            .forEach(name -> headers.put(":sni", ((SNIHostName) name).getAsciiName()));
                }
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

    /** A URL of this receiver, by name (resolves to 127.0.0.1). */
    String url(String path) {
        return (server instanceof HttpsServer ? "https" : "http") + "://localhost:" + port() + path;
    }

    int port() {
        return server.getAddress().getPort();
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
