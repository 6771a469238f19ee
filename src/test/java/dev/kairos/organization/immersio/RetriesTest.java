package dev.kairos.organization.immersio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The retry rules of partner requests, without a server. */
class RetriesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private final Retries retries = new Retries(Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void transientFailuresAreNoAnswer429And5xx() {
        for (Integer status : new Integer[] { null, 429, 500, 502, 503, 504 }) {
            assertEquals(true, Retries.transientFailure(status), "status " + status);
        }
        for (int status : new int[] { 400, 401, 403, 404, 409, 422, 301 }) {
            assertEquals(false, Retries.transientFailure(status), "status " + status);
        }
    }

    @Test
    void backoffDoublesAndStopsAfterThreeAttempts() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), retries.before(1, 503, null, NOW));
        assertEquals(Optional.of(Duration.ofSeconds(2)), retries.before(2, null, null, NOW));
        assertEquals(Optional.empty(), retries.before(3, 503, null, NOW));
    }

    @Test
    void retryAfterIsHonouredInSecondsOrAsADateUpToTheLimit() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), retries.before(1, 429, "7", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(30)), retries.before(2, 429, "Mon, 07 Dec 2026 12:00:30 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), retries.before(1, 429, "Mon, 07 Dec 2026 11:00:00 GMT", NOW));
        assertEquals(Optional.empty(), retries.before(1, 429, "3600", NOW), "longer than the limit: give up");
        assertEquals(Optional.of(Duration.ofSeconds(1)), retries.before(1, 429, "soon", NOW), "unreadable: back off instead");
        assertEquals(Optional.of(Duration.ofSeconds(1)), retries.before(1, 503, "30", NOW), "only a 429's Retry-After counts");
        assertEquals(Optional.empty(), retries.before(3, 429, "1", NOW), "still at most three attempts");
    }
}
