package dev.kairos.oauth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.oauth.OAuthFixtures.Client;
import dev.kairos.oauth.OAuthFixtures.ManagedUser;
import dev.kairos.oauth.OAuthFixtures.Org;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code POST /v2/oauth/{clientId}/refresh}: a refresh token works once; reusing one revokes its family. */
@QuarkusTest
class RefreshTokenTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RefreshTokenPurge purge;

    @Test
    void aRefreshTokenBuysANewPairOnce() {
        Client client = Org.create().client(OAuthFixtures.ALL);
        ManagedUser user = client.managedUser();
        JsonPath fresh = client.refresh(user.refreshToken()).then().statusCode(200)
                .body("status", equalTo("success"))
                .body("data.accessToken", not(equalTo(user.accessToken())))
                .body("data.refreshToken", not(equalTo(user.refreshToken())))
                .body("data.accessTokenExpiresAt", greaterThan(System.currentTimeMillis()))
                .extract().jsonPath();
        given().header("Authorization", "Bearer " + fresh.getString("data.accessToken")).get("/v2/me").then().statusCode(200)
                .body("data.id", equalTo((int) user.id()));
        client.refresh(fresh.getString("data.refreshToken")).then().statusCode(200);
    }

    @Test
    void reusingASpentRefreshTokenRevokesItsWholeFamily() {
        Client client = Org.create().client(OAuthFixtures.ALL);
        ManagedUser user = client.managedUser();
        ManagedUser other = client.managedUser();
        JsonPath fresh = client.refresh(user.refreshToken()).then().statusCode(200).extract().jsonPath();
        client.refresh(user.refreshToken()).then().statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED")).body("error.message", containsString("already used"));
        // The thief's and the client's tokens of that family are all dead now...
        client.refresh(fresh.getString("data.refreshToken")).then().statusCode(401).body("error.message", containsString("revoked"));
        given().header("Authorization", "Bearer " + fresh.getString("data.accessToken")).get("/v2/me").then().statusCode(401);
        user.call().get("/v2/me").then().statusCode(401);
        // ...while another user's family is untouched.
        other.call().get("/v2/me").then().statusCode(200);
        client.refresh(other.refreshToken()).then().statusCode(200);
    }

    @Test
    void concurrentRefreshesWithOneTokenSucceedOnceAndRevokeTheFamily() throws Exception {
        Client client = Org.create().client(OAuthFixtures.ALL);
        ManagedUser user = client.managedUser();
        int count = 8;
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Response> responses = new ArrayList<>();
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.refresh(user.refreshToken());
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            for (Future<Response> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Response> won = responses.stream().filter(r -> r.statusCode() == 200).toList();
        assertEquals(1, won.size(), "exactly one refresh spends the token");
        assertEquals(count - 1, responses.stream().filter(r -> r.statusCode() == 401).count());
        // The others were reuse, so even the winner's new tokens are revoked.
        client.refresh(won.get(0).jsonPath().getString("data.refreshToken")).then().statusCode(401);
    }

    @Test
    void theClientsSecretIsRequiredAndOnlyItsOwnTokensWork() {
        Org org = Org.create();
        Client client = org.client(OAuthFixtures.ALL);
        Client other = org.client(OAuthFixtures.ALL);
        ManagedUser user = client.managedUser();
        String path = "/v2/oauth/" + client.clientId() + "/refresh";
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", user.refreshToken())).post(path).then().statusCode(401)
                .body("error.message", containsString("x-cal-secret-key"));
        given().contentType(ContentType.JSON).header("x-cal-secret-key", other.secret())
                .body(Map.of("refreshToken", user.refreshToken())).post(path).then().statusCode(401);
        other.refresh(user.refreshToken()).then().statusCode(401).body("error.message", containsString("Unknown refresh token"));
        client.refresh("not-a-token").then().statusCode(401);
        client.refresh("").then().statusCode(422);
        // None of those spent it.
        client.refresh(user.refreshToken()).then().statusCode(200);
    }

    @Test
    void anExpiredRefreshTokenIsRefused() throws SQLException {
        Client client = Org.create().client(OAuthFixtures.ALL);
        ManagedUser user = client.managedUser();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE oauth_refresh_tokens SET expires_at = now() - interval '1 minute' "
                             + "WHERE family_id IN (SELECT id FROM oauth_token_families WHERE user_id = ?)")) {
            statement.setLong(1, user.id());
            statement.executeUpdate();
        }
        client.refresh(user.refreshToken()).then().statusCode(401).body("error.message", containsString("expired"));
    }

    @Test
    void expiredRefreshTokensArePurgedAndLiveOnesKept() throws SQLException {
        Client client = Org.create().client(OAuthFixtures.ALL);
        ManagedUser expired = client.managedUser();
        ManagedUser live = client.managedUser();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE oauth_refresh_tokens SET expires_at = now() - interval '1 minute' "
                             + "WHERE family_id IN (SELECT id FROM oauth_token_families WHERE user_id = ?)")) {
            statement.setLong(1, expired.id());
            statement.executeUpdate();
        }

        assertTrue(purge.purge() >= 1);
        assertEquals(0, tokensOf(expired.id()));
        assertEquals(1, tokensOf(live.id()));
        client.refresh(live.refreshToken()).then().statusCode(200);
    }

    private int tokensOf(long userId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM oauth_refresh_tokens t "
                     + "JOIN oauth_token_families f ON f.id = t.family_id WHERE f.user_id = ?")) {
            statement.setLong(1, userId);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
