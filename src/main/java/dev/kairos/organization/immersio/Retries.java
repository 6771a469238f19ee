package dev.kairos.organization.immersio;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a partner request again (immersio-api.md): 5xx answers, timeouts and connection
 * failures are transient; 429 waits for its {@code Retry-After}; at most {@link #ATTEMPTS}
 * attempts with exponential backoff. Plain Java, so every case is tested without a server.
 */
final class Retries {

    static final int ATTEMPTS = 3;

    private final Duration backoff;
    private final Duration maxRetryAfter;

    Retries(Duration backoff, Duration maxRetryAfter) {
        this.backoff = backoff;
        this.maxRetryAfter = maxRetryAfter;
    }

    /** Whether an answer (status, or null for no answer at all) is worth another attempt. */
    static boolean transientFailure(Integer status) {
        return status == null || status == 429 || status >= 500;
    }

    /**
     * The wait before the next attempt after attempt {@code attempt} (1-based) failed transiently;
     * empty when there is none left, or the partner asks to wait longer than allowed.
     *
     * @param retryAfter the 429's {@code Retry-After} (seconds or an HTTP date), or null
     */
    Optional<Duration> before(int attempt, Integer status, String retryAfter, Instant now) {
        if (attempt >= ATTEMPTS) {
            return Optional.empty();
        }
        Duration exponential = backoff.multipliedBy(1L << (attempt - 1));
        if (status == null || status != 429 || retryAfter == null) {
            return Optional.of(exponential);
        }
        Optional<Duration> asked = parseRetryAfter(retryAfter, now);
        if (asked.isEmpty()) {
            return Optional.of(exponential);
        }
        return asked.get().compareTo(maxRetryAfter) > 0 ? Optional.empty() : asked;
    }

    /** A {@code Retry-After} value: delta seconds or an HTTP date; empty when it is neither. A date in the past is no wait. */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String trimmed = value.trim();
        if (trimmed.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isBefore(now) ? Duration.ZERO : Duration.between(now, at));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
