package dev.kairos.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two signatures each delivery carries, both HMAC-SHA256 keyed with the secret's UTF-8 bytes
 * (API.md section 4): Cal.com's {@code X-Cal-Signature-256} over the body, and Standard Webhooks'
 * {@code webhook-signature} over {@code id.timestamp.body}.
 */
public final class Signatures {

    private Signatures() {
    }

    /** {@code X-Cal-Signature-256}: lowercase hex HMAC-SHA256 of the exact body bytes. */
    public static String calSignature(String secret, String body) {
        return HexFormat.of().formatHex(hmac(secret, body));
    }

    /** {@code webhook-signature}: {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}. */
    public static String standardSignature(String secret, String webhookId, long timestampSeconds, String body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(secret, webhookId + "." + timestampSeconds + "." + body));
    }

    private static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
