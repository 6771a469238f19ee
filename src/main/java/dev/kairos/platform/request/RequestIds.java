package dev.kairos.platform.request;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import java.util.regex.Pattern;

/** Request ids: echoed from {@code X-Request-Id} when the client sends a sane one, else generated. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {
    }

    public static String generate() {
        return UUID.randomUUID().toString();
    }

    /** The client's id if it is short and printable (it ends up in logs), otherwise a new one. */
    public static String accept(String fromClient) {
        return fromClient != null && SAFE.matcher(fromClient).matches() ? fromClient : generate();
    }

    /** The id of the current request; {@link RequestLifecycle} has put it on the request headers. */
    public static String of(HttpHeaders headers) {
        String id = headers == null ? null : headers.getHeaderString(HEADER);
        return id == null ? generate() : id;
    }
}
