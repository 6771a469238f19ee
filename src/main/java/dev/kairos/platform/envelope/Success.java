package dev.kairos.platform.envelope;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The success envelope: {@code {"status":"success","data":...}}. */
public record Success<T>(@Schema(enumeration = "success", required = true) String status, @Schema(required = true) T data) {

    public static <T> Success<T> of(T data) {
        return new Success<>("success", data);
    }
}
