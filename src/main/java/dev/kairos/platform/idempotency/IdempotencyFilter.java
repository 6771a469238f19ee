package dev.kairos.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.platform.auth.CallerContext;
import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.secrets.SecretBox;
import io.quarkus.redis.datasource.RedisDataSource;
import io.vertx.mutiny.redis.client.Response;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on POST, PATCH and DELETE (API.md section 4). The key is claimed in Redis
 * with an expiring in-flight marker before the operation runs; the outcome replaces the marker
 * when it ends (5xx outcomes release the key instead). Keys are scoped to the caller.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    private static final Set<String> METHODS = Set.of("POST", "PATCH", "DELETE");
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    /**
     * Replaces the in-flight marker with the outcome (or deletes it when the outcome is empty) only
     * if the marker is still this request's: one that expired and was claimed again is left alone.
     * KEYS[1] = the key; ARGV = token, outcome, retention in ms.
     */
    private static final String REPLACE_IF_OURS = """
            local current = redis.call('GET', KEYS[1])
            if not current or not string.find(current, ARGV[1], 1, true) then return 0 end
            if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) end
            return 1""";

    private final RedisDataSource redis;
    private final ObjectMapper mapper;
    private final IdempotencyConfig config;
    private final CallerContext callerContext;
    private final IdempotentRequest idempotentRequest;
    private final SecretBox secretBox;

    IdempotencyFilter(RedisDataSource redis, ObjectMapper mapper, IdempotencyConfig config, CallerContext callerContext,
            IdempotentRequest idempotentRequest, SecretBox secretBox) {
        this.redis = redis;
        this.mapper = mapper;
        this.config = config;
        this.callerContext = callerContext;
        this.idempotentRequest = idempotentRequest;
        this.secretBox = secretBox;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 200)
    public jakarta.ws.rs.core.Response claim(ContainerRequestContext request) throws IOException {
        String idempotencyKey = request.getHeaderString(HEADER);
        if (idempotencyKey == null || !METHODS.contains(request.getMethod())) {
            return null;
        }
        if (idempotencyKey.isEmpty() || idempotencyKey.length() > 255) {
            throw ApiException.invalidRequest("Idempotency-Key must be 1 to 255 characters long");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = fingerprint(request, body);
        String redisKey = redisKey(callerContext.caller().scope(), idempotencyKey);
        String token = UUID.randomUUID().toString();
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                Response set = redis.execute("SET", redisKey, write(StoredOutcome.inFlight(fingerprint, token)), "NX", "PX",
                        Long.toString(config.inFlightTimeout().toMillis()));
                if (set != null) {
                    request.setProperty(CLAIM, new Claim(redisKey, token, fingerprint));
                    idempotentRequest.set(new IdempotentRequest.Key(callerContext.caller().scope(), idempotencyKey, fingerprint));
                    return null;
                }
                Response existing = redis.execute("GET", redisKey);
                if (existing != null) {
                    return refuseOrReplay(mapper.readValue(existing.toString(), StoredOutcome.class), fingerprint);
                }
                // The earlier outcome expired between SET and GET: try to claim again.
            }
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("Redis unreachable, refusing a request with an Idempotency-Key: %s", e.getMessage());
            throw ApiException.serviceUnavailable("Idempotency keys are unavailable right now (their store cannot be reached); "
                    + "the request was not executed, retry it later with the same Idempotency-Key");
        }
        throw ApiException.conflict("Idempotency-Key is being claimed concurrently; retry shortly");
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        try {
            if (response.getStatus() >= 500) {
                redis.execute("EVAL", REPLACE_IF_OURS, "1", claim.redisKey(), claim.token(), "", "0");
                return;
            }
            byte[] body = bodyOf(response);
            MediaType type = response.getMediaType();
            StoredOutcome outcome = new StoredOutcome(StoredOutcome.DONE, claim.fingerprint(), claim.token(),
                    response.getStatus(), type == null ? null : type.toString(), response.getHeaderString(HttpHeaders.LOCATION),
                    body == null ? null : secretBox.seal(Base64.getEncoder().encodeToString(body)));
            redis.execute("EVAL", REPLACE_IF_OURS, "1", claim.redisKey(), claim.token(), write(outcome),
                    Long.toString(config.retention().toMillis()));
        } catch (RuntimeException | IOException e) {
            LOG.warnf("Could not record the outcome of an idempotent request; its key frees itself after %s: %s",
                    config.inFlightTimeout(), e.getMessage());
        }
    }

    private jakarta.ws.rs.core.Response refuseOrReplay(StoredOutcome stored, String fingerprint) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw keyReused();
        }
        if (stored.inFlight()) {
            throw ApiException.conflict("A request with this Idempotency-Key is still in progress; retry when it has finished");
        }
        jakarta.ws.rs.core.Response.ResponseBuilder replay = jakarta.ws.rs.core.Response.status(stored.status())
                .header(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            replay.entity(Base64.getDecoder().decode(opened(stored.body())));
        }
        if (stored.contentType() != null) {
            replay.type(stored.contentType());
        }
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        return replay.build();
    }

    /**
     * Stored bodies are sealed: some responses show a secret once (an API key, an OAuth client's
     * secret and tokens, a webhook secret), and Redis must not hold them in the clear for a day.
     * Outcomes stored before sealing (plain base64) still replay.
     */
    private String opened(String storedBody) {
        return storedBody.startsWith("v1:") ? secretBox.open(storedBody) : storedBody;
    }

    /** 422: the key was already used for another request (another method, path, query or body). */
    public static ApiException keyReused() {
        return new ApiException(ErrorCode.VALIDATION_ERROR,
                "This Idempotency-Key was already used for a different request (method, path or body); use a new key",
                List.of(new dev.kairos.platform.error.ErrorDetail(HEADER, "reused with a different request")), Map.of());
    }

    /** Serialises the entity once and sends those very bytes, so that a replay is byte-identical. */
    private byte[] bodyOf(ContainerResponseContext response) throws JsonProcessingException {
        Object entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        byte[] bytes = entity instanceof byte[] raw ? raw
                : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : mapper.writeValueAsBytes(entity);
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        response.setEntity(bytes, null, type);
        return bytes;
    }

    private String write(StoredOutcome outcome) {
        try {
            return mapper.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the key of a caller (its {@code Caller.scope()}) lives in Redis; the key itself is hashed. */
    static String redisKey(String scope, String idempotencyKey) {
        return "kairos:idem:" + scope + ":" + sha256(idempotencyKey.getBytes(StandardCharsets.UTF_8));
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        String target = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery() + "\n";
        byte[] head = target.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return sha256(all);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Claim(String redisKey, String token, String fingerprint) {
    }
}
