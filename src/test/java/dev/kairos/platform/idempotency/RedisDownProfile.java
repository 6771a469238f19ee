package dev.kairos.platform.idempotency;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Points the Redis client at a closed port: Redis is "down" for the whole application. */
public class RedisDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:1", "quarkus.redis.timeout", "1s");
    }
}
