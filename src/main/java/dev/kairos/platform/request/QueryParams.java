package dev.kairos.platform.request;

import dev.kairos.platform.error.ApiException;

/**
 * Numbers in query parameters, parsed by Kairos rather than by JAX-RS, which would answer a
 * non-number with 404 instead of a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The whole number in {@code value}, or null when it is absent or blank. */
    public static Integer integer(String name, String value) {
        Long parsed = longValue(name, value);
        if (parsed == null) {
            return null;
        }
        if (parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
            throw ApiException.invalidRequest(name + " is out of range: " + value);
        }
        return parsed.intValue();
    }

    /** As {@link #integer}, for ids. */
    public static Long longValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidRequest(name + " must be a whole number, got '" + value + "'");
        }
    }
}
