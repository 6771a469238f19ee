package dev.kairos.platform.ratelimit;

import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Spends one request from a bucket in Redis, atomically, with one round trip. */
@ApplicationScoped
public class RateLimiter {

    private final RedisDataSource redis;
    private final String script;
    private final String scriptSha;

    RateLimiter(RedisDataSource redis) {
        this.redis = redis;
        this.script = load("/kairos/gcra.lua");
        this.scriptSha = sha1(script);
    }

    /**
     * @param bucket    e.g. {@code DEFAULT:key:12}
     * @param perMinute sustained rate
     * @param burst     requests allowed at once on a full bucket
     * @throws RuntimeException when Redis cannot be reached; callers fail open
     */
    public Decision acquire(String bucket, int perMinute, int burst) {
        String key = "kairos:rl:" + bucket;
        String interval = Long.toString(Math.max(1, 60_000L / Math.max(1, perMinute)));
        String burstArg = Integer.toString(Math.max(1, burst));
        Response reply;
        try {
            reply = redis.execute("EVALSHA", scriptSha, "1", key, interval, burstArg);
        } catch (RuntimeException e) {
            if (e.getMessage() == null || !e.getMessage().contains("NOSCRIPT")) {
                throw e;
            }
            reply = redis.execute("EVAL", script, "1", key, interval, burstArg);
        }
        long now = reply.get(4).toLong();
        return new Decision(reply.get(0).toInteger() == 1, Math.max(1, burst), reply.get(1).toLong(),
                reply.get(2).toLong(), (now + reply.get(3).toLong() + 999) / 1000);
    }

    /**
     * @param limit        the burst, sent as {@code X-RateLimit-Limit}
     * @param remaining    requests left right now
     * @param retryAfterMs when refused, how long until one request is allowed
     * @param resetEpochSeconds when the bucket is full again
     */
    public record Decision(boolean allowed, int limit, long remaining, long retryAfterMs, long resetEpochSeconds) {
    }

    private static String load(String resource) {
        try (InputStream in = RateLimiter.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
