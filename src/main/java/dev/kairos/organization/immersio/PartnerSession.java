package dev.kairos.organization.immersio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.webhook.TargetGuard;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The partner's API as one sync run sees it: paged reads with retries, and never more than
 * {@link #MAX_IN_FLIGHT} requests in flight (a run is the only one of its organisation, so this is
 * the organisation's limit). A slot is held until its request is really over, not merely given up
 * on, so a late request never overlaps the next ones. Waits between attempts do not hold a slot. After a 401 the
 * session refuses every further request: the key is wrong for all of them.
 */
final class PartnerSession implements AutoCloseable {

    static final int MAX_IN_FLIGHT = 2;
    /** More pages than this is not a course list or a roster but a partner bug; the read stops there. */
    static final int MAX_PAGES = 10_000;
    private static final Clock WALL = Clock.systemUTC();

    /** Every item of a paged list, or those read before a page failed ({@code incompleteBecause} says why). */
    record Listing(List<JsonNode> items, String incompleteBecause) {
        boolean complete() {
            return incompleteBecause == null;
        }
    }

    private final PartnerHttp.Pool http;
    private final TargetGuard.Target base;
    private final String apiKey;
    private final Retries retries;
    private final ObjectMapper json;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private volatile boolean unauthorized;

    PartnerSession(PartnerHttp.Pool http, TargetGuard.Target base, String apiKey, Retries retries, ObjectMapper json) {
        this.http = http;
        this.base = base;
        this.apiKey = apiKey;
        this.retries = retries;
        this.json = json;
    }

    /**
     * Reads every page of {@code path} ({@code ?page=1&pageSize=...} onwards). The listing is
     * complete only when the pages were read to the end and at least the first page's
     * {@code total} items came back: items shifting between page reads (someone leaving while the
     * pages are read) can hide an item, and a hidden item must not be taken for one that left.
     *
     * @param maxItems more items than this are not read (nor held in memory): the listing is then incomplete
     * @param stopped  checked before each page; once true, reading stops and the listing is incomplete
     * @throws PartnerFailure when the first page fails (NOT_FOUND for a course that no longer
     *                        exists), and UNAUTHORIZED on any page
     */
    Listing all(String path, int pageSize, int maxItems, BooleanSupplier stopped) throws PartnerFailure {
        List<JsonNode> items = new ArrayList<>();
        JsonNode first = page(path, 1, pageSize);
        long total = first.path("total").asLong(-1);
        if (total > maxItems) {
            return new Listing(items, "Immersio lists " + total + " items, more than the " + maxItems + " a sync reads");
        }
        if (!add(items, first, maxItems)) {
            return new Listing(items, "more than the " + maxItems + " items a sync reads");
        }
        int size = first.path("pageSize").asInt(pageSize) > 0 ? first.path("pageSize").asInt(pageSize) : pageSize;
        int pages = total < 0 ? MAX_PAGES : (int) Math.min(MAX_PAGES, (total + size - 1) / size);
        int lastSize = first.path("data").size();
        for (int number = 2; number <= pages && (total >= 0 || lastSize >= size); number++) {
            if (stopped.getAsBoolean()) {
                return new Listing(items, "the run stopped before page " + number);
            }
            JsonNode next;
            try {
                next = page(path, number, pageSize);
            } catch (PartnerFailure failure) {
                if (failure.kind() == PartnerFailure.Kind.UNAUTHORIZED) {
                    throw failure;
                }
                return new Listing(items, "page " + number + ": " + failure.getMessage());
            }
            lastSize = next.path("data").size();
            if (lastSize == 0) {
                break;
            }
            if (!add(items, next, maxItems)) {
                return new Listing(items, "more than the " + maxItems + " items a sync reads");
            }
        }
        boolean capped = total < 0 || (total + size - 1) / size > MAX_PAGES;
        if (capped && lastSize >= size) {
            return new Listing(items, "stopped after " + MAX_PAGES + " pages");
        }
        if (items.size() < total) {
            return new Listing(items, items.size() + " items read of the " + total + " Immersio listed "
                    + "(the list changed while its pages were read)");
        }
        return new Listing(items, null);
    }

    /** Adds the page's items; false (adding none) when they would make more than {@code maxItems}. */
    private static boolean add(List<JsonNode> items, JsonNode page, int maxItems) {
        if (items.size() + page.path("data").size() > maxItems) {
            return false;
        }
        page.path("data").forEach(items::add);
        return true;
    }

    private JsonNode page(String path, int number, int pageSize) throws PartnerFailure {
        JsonNode node = get(path + "?page=" + number + "&pageSize=" + pageSize);
        if (!node.path("data").isArray()) {
            throw new PartnerFailure(PartnerFailure.Kind.REFUSED, "the answer has no data array");
        }
        return node;
    }

    /** One GET with retries, parsed as JSON. */
    JsonNode get(String pathAndQuery) throws PartnerFailure {
        for (int attempt = 1;; attempt++) {
            if (unauthorized) {
                throw new PartnerFailure(PartnerFailure.Kind.UNAUTHORIZED, "not sent: the partner refused the API key");
            }
            PartnerHttp.Answer answer = send(pathAndQuery);
            Integer status = answer.status();
            if (status != null && status >= 200 && status < 300) {
                return parse(answer.body());
            }
            if (status != null && status == 401) {
                unauthorized = true;
                throw new PartnerFailure(PartnerFailure.Kind.UNAUTHORIZED,
                        "Immersio answered 401: the API key is wrong or revoked; PUT the integration with a valid apiKey");
            }
            if (status != null && status == 404) {
                throw new PartnerFailure(PartnerFailure.Kind.NOT_FOUND, "Immersio answered 404");
            }
            String what = status == null ? answer.error() : "Immersio answered " + status;
            if (!Retries.transientFailure(status)) {
                throw new PartnerFailure(PartnerFailure.Kind.REFUSED, what);
            }
            Optional<Duration> wait = retries.before(attempt, status, answer.retryAfter(), WALL.instant());
            if (wait.isEmpty()) {
                String why = attempt >= Retries.ATTEMPTS ? " (" + attempt + " attempts)" : " (Retry-After " + answer.retryAfter() + " is too long to wait for)";
                throw new PartnerFailure(PartnerFailure.Kind.UNAVAILABLE, what + why);
            }
            sleep(wait.get());
        }
    }

    /** One attempt; its request slot is given back only once the request is really over (see {@link PartnerHttp.Pool#get}). */
    private PartnerHttp.Answer send(String pathAndQuery) throws PartnerFailure {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerFailure(PartnerFailure.Kind.UNAVAILABLE, "the run was interrupted");
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                inFlight.release();
            }
        };
        try {
            return http.get(base, pathAndQuery, apiKey, release);
        } catch (RuntimeException e) {
            release.run();
            throw e;
        }
    }

    /** Closes the run's connections. */
    @Override
    public void close() {
        http.close();
    }

    private JsonNode parse(String body) throws PartnerFailure {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new PartnerFailure(PartnerFailure.Kind.REFUSED, "the answer is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new PartnerFailure(PartnerFailure.Kind.REFUSED, "the answer is not valid JSON");
        }
    }

    private static void sleep(Duration wait) throws PartnerFailure {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerFailure(PartnerFailure.Kind.UNAVAILABLE, "the run was interrupted");
        }
    }
}
