package dev.kairos.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The plaintext of an API key, {@code cal_live_} + 32 lowercase hex characters. It exists only
 * while a key is being created or checked; only {@link #hash()} is stored.
 */
public record ApiKeyValue(String plaintext) {

    public static final String PREFIX = "cal_live_";
    private static final Pattern FORMAT = Pattern.compile("cal_live_[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ApiKeyValue generate() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new ApiKeyValue(PREFIX + HexFormat.of().formatHex(bytes));
    }

    public static boolean looksLikeKey(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    public String hash() {
        return hash(plaintext);
    }

    public String last4() {
        return plaintext.substring(plaintext.length() - 4);
    }

    public static String hash(String plaintext) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plaintext.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** Keeps the key out of logs and exception messages. */
    @Override
    public String toString() {
        return PREFIX + "…" + last4();
    }
}
