package dev.kairos.platform.health;

import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether Redis answers, without ever failing readiness: Kairos serves requests without
 * Redis (rate limits fail open; only requests carrying an Idempotency-Key get 503), so taking the
 * instance out of the load balancer would only make things worse. PostgreSQL's check (from the
 * datasource) is the one that fails readiness.
 */
@Readiness
@ApplicationScoped
public class RedisHealthCheck implements HealthCheck {

    private final RedisDataSource redis;

    RedisHealthCheck(RedisDataSource redis) {
        this.redis = redis;
    }

    @Override
    public HealthCheckResponse call() {
        String state;
        try {
            redis.execute("PING");
            state = "UP";
        } catch (RuntimeException e) {
            state = "DOWN";
        }
        return HealthCheckResponse.named("Redis (not required for readiness)")
                .up()
                .withData("redis", state)
                .withData("whenDown", "rate limits not enforced; requests with Idempotency-Key get 503")
                .build();
    }
}
