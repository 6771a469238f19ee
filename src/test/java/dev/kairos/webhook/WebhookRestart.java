package dev.kairos.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the two phases of the restart test share. The application is stopped while webhook
 * deliveries are in flight and started again: every event still reaches the receiver, and every
 * request for one event carries the same {@code webhook-id}.
 *
 * <p>The phases are {@link WebhookRestartBeforeStopTest} and {@link WebhookRestartAfterStartTest}:
 * two test profiles, so Quarkus stops the first application before it starts the second. Quarkus
 * runs test classes grouped by profile, in the order of the profiles' class names
 * ({@code Phase1...} before {@code Phase2...}, and no other profile sorts between them). The
 * embedded PostgreSQL is started once per JVM and outlives both applications, as a database
 * outlives a restarted server. The receiver outlives both too: it holds every request open until
 * the second phase opens its gate, so that when the first application stops some deliveries are
 * mid-request and the rest are still queued.
 *
 * <p>The stop is Quarkus's orderly one: the dispatcher waits for the open requests up to the
 * timeout, records them as failed attempts, and the second application sends them again. A crash
 * (SIGKILL) leaves them leased instead, and another start takes them over when the lease ends
 * (timeout + 30 s): {@code WebhookOutboxTest} covers that takeover.
 *
 * <p>Each phase is loaded by its own application's class loader, and some libraries read every
 * system property as a string, so the phases hand over only strings: system properties and files
 * in a temporary directory. The receiver writes each request it gets to such a file.
 */
final class WebhookRestart {

    /** Events queued before the stop: more than the dispatcher sends at once to one webhook (concurrency 16 / 4). */
    static final int EVENTS = 12;
    private static final String PREFIX = "kairos.test.webhook-restart.";
    /** The directory of the files below. */
    static final String DIR = PREFIX + "dir";
    /** Set by phase 2: the receiver answers 200 from then on (held requests included). */
    static final String GATE = PREFIX + "gate";
    static final String PORT = PREFIX + "port";
    static final String WEBHOOK_ID = PREFIX + "webhook-id";
    /** How many requests the receiver had got when phase 1 ended: those were open when the application stopped. */
    static final String OPEN_AT_STOP = PREFIX + "open-at-stop";
    /** One line per request the receiver got: webhook-id, tab, body. */
    static final String REQUESTS = "requests.tsv";
    /** One line per event queued in phase 1: marker, tab, the event id the outbox gave it. */
    static final String EVENT_IDS = "events.tsv";
    private static final Pattern MARKER = Pattern.compile("\"uid\":\"(restart-[0-9a-f]+-\\d+)\"");
    private static final List<String> PROPERTIES = List.of(DIR, GATE, PORT, WEBHOOK_ID, OPEN_AT_STOP);

    /** The first application (phase 1): requests outlast the end of the phase, so some are open when it stops. */
    public static class Phase1BeforeStop implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kairos.webhooks.timeout", "3s", "kairos.webhooks.retry-delays", "200ms,200ms,200ms,200ms,200ms,200ms");
        }
    }

    /** The second application (phase 2): another configuration, hence another start. */
    public static class Phase2AfterStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kairos.webhooks.timeout", "2s", "kairos.webhooks.retry-delays", "200ms,200ms,200ms,200ms,200ms,200ms");
        }
    }

    private WebhookRestart() {
    }

    /**
     * Starts the receiver on 127.0.0.1: it writes each request to {@link #REQUESTS} at once, then
     * holds it open until {@link #GATE} is set and answers 200 (503 after two minutes without a
     * gate). {@code POST /shutdown} stops it.
     */
    static HttpServer startReceiver(Path dir) throws IOException {
        Path log = dir.resolve(REQUESTS);
        Files.createFile(log);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "restart-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            try {
                String line = header(exchange, "webhook-id") + "\t" + read(exchange).replace('\n', ' ') + "\n";
                synchronized (server) {
                    Files.writeString(log, line, StandardOpenOption.APPEND);
                }
                long giveUp = System.nanoTime() + 120_000_000_000L;
                while (System.getProperty(GATE) == null && System.nanoTime() < giveUp) {
                    Thread.sleep(20);
                }
                exchange.sendResponseHeaders(System.getProperty(GATE) == null ? 503 : 200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException senderGone) {
                // the application gave up on this request (its timeout, or the stop)
            } finally {
                exchange.close();
            }
        });
        server.createContext("/shutdown", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            Thread stop = new Thread(() -> server.stop(0), "restart-receiver-stop");
            stop.setDaemon(true);
            stop.start();
        });
        server.start();
        return server;
    }

    /** Stops the receiver that phase 1 started (another class loader's object, reached over HTTP) and forgets the hand-over. */
    static void stopReceiver() {
        String port = System.getProperty(PORT);
        if (port != null) {
            try {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/shutdown"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                // already stopped
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        PROPERTIES.forEach(System::clearProperty);
    }

    static Path dir() {
        return Path.of(System.getProperty(DIR));
    }

    /** The requests the receiver got, in order: [webhook-id, body]. */
    static List<List<String>> requests() {
        return requestsIn(dir());
    }

    static List<List<String>> requestsIn(Path dir) {
        List<List<String>> requests = new ArrayList<>();
        String written;
        try {
            written = Files.readString(dir.resolve(REQUESTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Up to the last complete line: the receiver may be writing one.
        for (String line : written.substring(0, written.lastIndexOf('\n') + 1).lines().toList()) {
            String[] columns = line.split("\t", 2);
            requests.add(List.of(columns[0], columns[1]));
        }
        return requests;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** marker -> the webhook-ids of the requests that carried it. */
    static Map<String, Set<String>> ids(List<List<String>> requests) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (List<String> request : requests) {
            ids.computeIfAbsent(marker(request.get(1)), m -> new HashSet<>()).add(request.get(0));
        }
        return ids;
    }

    /** status -> how many deliveries of the webhook have it. */
    static Map<String, Long> statuses(EntityManager entityManager, long webhookId) {
        Map<String, Long> byStatus = new HashMap<>();
        for (Object row : QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT status, count(*) FROM webhook_deliveries WHERE webhook_id = ?1 GROUP BY status")
                .setParameter(1, webhookId).getResultList())) {
            Object[] columns = (Object[]) row;
            byStatus.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return byStatus;
    }

    static String marker(String body) {
        Matcher matcher = MARKER.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no marker in " + body);
        }
        return matcher.group(1);
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static String read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
