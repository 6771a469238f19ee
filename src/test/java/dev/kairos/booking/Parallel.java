package dev.kairos.booking;

import static dev.kairos.testing.Api.admin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Fires real HTTP requests at the same moment: every request runs on its own thread and waits at
 * a start gate until all of them are ready. Also the small database probes that concurrency tests
 * check their outcome with.
 */
public final class Parallel {

    private Parallel() {
    }

    /** Sends {@code count} requests at once; {@code request} gets the request's index. Responses come back in index order. */
    public static List<Response> fire(int count, IntFunction<Response> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Response>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "the request threads did not start");
            go.countDown();
            List<Response> responses = new ArrayList<>(count);
            for (Future<Response> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many responses had each status, e.g. {201=1, 409=199}. */
    public static Map<Integer, Long> statusCounts(List<Response> responses) {
        Map<Integer, Long> counts = new TreeMap<>();
        responses.forEach(r -> counts.merge(r.statusCode(), 1L, Long::sum));
        return counts;
    }

    /**
     * A user who books through the API with a key whose booking-creation budget is lifted: a
     * hundred anonymous requests from one address would otherwise meet the per-IP rate limit
     * (429) before they meet each other.
     */
    public static TestUser unthrottledBooker() {
        TestUser booker = Api.newUser();
        admin().body(Map.of("rateLimits", Map.of("BOOKINGS_CREATE", Map.of("perMinute", 100_000, "burst", 100_000))))
                .patch("/v2/api-keys/" + booker.keyId()).then().statusCode(200);
        return booker;
    }

    /** The single number a query with one bind parameter per value returns, e.g. a count. */
    public static long number(AgroalDataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the query returned no row: " + sql);
                return rs.getLong(1);
            }
        }
    }
}
