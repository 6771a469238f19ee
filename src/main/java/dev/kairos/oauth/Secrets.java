package dev.kairos.oauth;

import dev.kairos.apikey.ApiKeyValue;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random values of this package: client ids (public), client secrets and refresh tokens (kept
 * only as SHA-256; they carry 256 random bits, so a plain hash is as good as a slow one).
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String clientId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "cl" + HexFormat.of().formatHex(bytes);
    }

    /** A client secret or a refresh token: 32 random bytes, base64url. */
    static String opaque() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        return ApiKeyValue.hash(value);
    }

    /** Compares a presented secret with a stored hash in constant time. */
    static boolean matches(String presented, String storedHash) {
        return presented != null && MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
