package dev.kairos.oauth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.oauth.OAuthFixtures.Client;
import dev.kairos.oauth.OAuthFixtures.ManagedUser;
import dev.kairos.oauth.OAuthFixtures.Org;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A token call's access-log line names the OAuth client; no log holds a token, a client secret or a refresh token. */
@QuarkusTest
class TokenLogSecrecyTest {

    private static final Path ACCESS_LOG = Path.of("target", "kairos-access-test.log");
    private static final Path LOG = Path.of("target", "kairos-test.log");
    /** Where the test framework sends the application's log once it runs (it overrides the configured file). */
    private static final Path RUNTIME_LOG = Path.of("target", "quarkus.log");

    @Test
    void logsNameTheClientButHoldNoSecret() throws IOException, InterruptedException {
        Client client = Org.create().client(OAuthFixtures.ALL);
        ManagedUser user = client.managedUser();
        String requestId = "oauth-log-" + UUID.randomUUID();
        user.call().header("X-Request-Id", requestId).get("/v2/me").then().statusCode(200);
        given().contentType(ContentType.JSON).header("x-cal-secret-key", client.secret() + "x")
                .body(Map.of("refreshToken", user.refreshToken())).post("/v2/oauth/" + client.clientId() + "/refresh")
                .then().statusCode(401);

        String line = awaitLine(requestId);
        assertTrue(line.contains("GET /v2/me 200") && line.contains("oauthClientId=" + client.clientId()), line);
        assertTrue(Files.readString(RUNTIME_LOG).contains("Profile test activated"), "the runtime log is the one read");
        for (Path log : List.of(ACCESS_LOG, LOG, RUNTIME_LOG)) {
            String text = Files.readString(log);
            assertFalse(text.contains(user.accessToken().split("\\.")[2]), log + " contains an access token");
            assertFalse(text.contains(user.refreshToken()), log + " contains a refresh token");
            assertFalse(text.contains(client.secret()), log + " contains a client secret");
        }
    }

    /** The end handler writes the line just after the response is sent. */
    private static String awaitLine(String requestId) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            var found = Files.readAllLines(ACCESS_LOG).stream().filter(l -> l.contains(requestId)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the access log line did not appear");
    }
}
