package dev.kairos.platform.request;

import static dev.kairos.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.apikey.ApiKeyValue;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One access-log line per request with its id and key id, and no credential in any log. */
@QuarkusTest
class LogSecrecyTest {

    private static final Path ACCESS_LOG = Path.of("target", "kairos-access-test.log");
    private static final Path LOG = Path.of("target", "kairos-test.log");
    /** Where the test framework sends the application's log once it runs (it overrides the configured file). */
    private static final Path RUNTIME_LOG = Path.of("target", "quarkus.log");

    @Test
    void accessLogHasOneLinePerRequestWithoutCredentials() throws IOException, InterruptedException {
        TestUser user = Api.newUser();
        String requestId = "log-" + UUID.randomUUID();
        user.call().header("X-Request-Id", requestId).get("/v2/me?token=" + user.key()).then().statusCode(200);
        String unknownKey = ApiKeyValue.generate().plaintext();
        String failedId = "log-" + UUID.randomUUID();
        as(unknownKey).header("X-Request-Id", failedId).get("/v2/me").then().statusCode(401);

        List<String> lines = awaitLines(requestId, failedId);
        String line = lines.stream().filter(l -> l.contains(requestId)).findFirst().orElseThrow();
        assertTrue(line.contains("GET /v2/me 200"), line);
        assertTrue(line.contains("apiKeyId=" + user.keyId()), line);
        assertTrue(lines.stream().filter(l -> l.contains(requestId)).count() == 1, "one line per request");
        assertTrue(lines.stream().anyMatch(l -> l.contains(failedId) && l.contains(" 401 ")));

        assertTrue(Files.readString(RUNTIME_LOG).contains("Profile test activated"), "the runtime log is the one read");
        for (Path log : List.of(ACCESS_LOG, LOG, RUNTIME_LOG)) {
            String text = Files.readString(log);
            assertFalse(text.contains(user.key().substring(9)), log + " contains an API key");
            assertFalse(text.contains(unknownKey.substring(9)), log + " contains a rejected API key");
            assertFalse(text.contains(Api.ADMIN_KEY.substring(9)), log + " contains the bootstrap key");
        }
    }

    /** The end handler writes the line just after the response is sent. */
    private static List<String> awaitLines(String... ids) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<String> lines = Files.readAllLines(ACCESS_LOG);
            if (java.util.Arrays.stream(ids).allMatch(id -> lines.stream().anyMatch(l -> l.contains(id)))) {
                return lines;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("access log lines did not appear");
    }
}
