package dev.kairos.platform.error;

/** One problem with one field of the request. */
public record ErrorDetail(String field, String message) {
}
