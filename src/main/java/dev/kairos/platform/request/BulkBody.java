package dev.kairos.platform.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that takes bulk bodies (a 10,000-entry whitelist import): it may receive up
 * to {@code quarkus.http.limits.max-body-size}, every other operation only up to
 * {@link BodyLimitConfig#maxSize()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BulkBody {
}
