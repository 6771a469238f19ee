package dev.kairos.platform.request;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a request body may be. */
@ConfigMapping(prefix = "kairos.request-body")
public interface BodyLimitConfig {

    /**
     * {@code KAIROS_REQUEST_BODY_MAX_SIZE}: the largest body of an ordinary operation; larger ones
     * get 413. Operations marked {@link BulkBody} may send up to {@code quarkus.http.limits.max-body-size}
     * instead (the server's absolute ceiling).
     */
    @WithDefault("1M")
    MemorySize maxSize();
}
