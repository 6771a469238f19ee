package dev.kairos.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Verifies delivery signatures with code Kairos did not write: node's crypto, running the PRD's
 * verification snippet (which signs {@code JSON.stringify(req.body)}, so it also proves the body
 * is compact JSON) and the Standard Webhooks scheme.
 */
final class NodeVerifier {

    private static final String SCRIPT = """
            const crypto = require('crypto');
            const fs = require('fs');
            const raw = fs.readFileSync(process.env.BODY_FILE, 'utf8');
            const secret = process.env.SECRET;
            // The PRD's verifyWebhook(JSON.stringify(req.body), signature, secret)
            function verifyWebhook(payload, signature, secret) {
              const expectedSignature = crypto.createHmac('sha256', secret).update(payload).digest('hex');
              return signature.length === expectedSignature.length
                && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expectedSignature));
            }
            const cal = verifyWebhook(JSON.stringify(JSON.parse(raw)), process.env.CAL_SIGNATURE, secret);
            const expectedStandard = 'v1,' + crypto.createHmac('sha256', Buffer.from(secret, 'utf8'))
              .update(process.env.WEBHOOK_ID + '.' + process.env.WEBHOOK_TIMESTAMP + '.' + raw).digest('base64');
            const standard = process.env.WEBHOOK_SIGNATURE.split(' ').includes(expectedStandard);
            console.log(JSON.stringify({ cal, standard, compact: JSON.stringify(JSON.parse(raw)) === raw }));
            """;

    private NodeVerifier() {
    }

    /** The verdicts as node's JSON: {@code {"cal":true,"standard":true,"compact":true}}. */
    static String verify(Receiver.Received request, String secret) throws IOException, InterruptedException {
        Path body = Files.createTempFile("webhook-body", ".json");
        try {
            Files.writeString(body, request.body(), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder("node", "-e", SCRIPT).redirectErrorStream(true);
            builder.environment().put("BODY_FILE", body.toString());
            builder.environment().put("SECRET", secret);
            builder.environment().put("CAL_SIGNATURE", request.header("X-Cal-Signature-256"));
            builder.environment().put("WEBHOOK_ID", request.header("webhook-id"));
            builder.environment().put("WEBHOOK_TIMESTAMP", request.header("webhook-timestamp"));
            builder.environment().put("WEBHOOK_SIGNATURE", request.header("webhook-signature"));
            Process node = builder.start();
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new AssertionError("node failed: " + output);
            }
            return output;
        } finally {
            Files.deleteIfExists(body);
        }
    }
}
