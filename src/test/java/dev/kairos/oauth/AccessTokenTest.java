package dev.kairos.oauth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kairos.oauth.OAuthFixtures.Client;
import dev.kairos.oauth.OAuthFixtures.ManagedUser;
import dev.kairos.oauth.OAuthFixtures.Org;
import dev.kairos.platform.secrets.PlatformSecrets;
import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A managed user's access token works where API keys do, for that user only and within the
 * client's permissions; anything not signed by Kairos, expired, or of a deleted client is refused.
 */
@QuarkusTest
class AccessTokenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PlatformSecrets secrets;

    private static RequestSpecification bearer(String token) {
        return Api.as(token);
    }

    private static Map<String, Object> claimsOf(String token) throws IOException {
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return JSON.readValue(new String(payload, StandardCharsets.UTF_8), new TypeReference<>() {
        });
    }

    private static String sign(Map<String, Object> claims, PrivateKey key) {
        return Jwt.claims(claims).jws().algorithm(SignatureAlgorithm.RS256).sign(key);
    }

    private static Map<String, Object> schedule(String name) {
        return Map.of("name", name, "timeZone", "Europe/Berlin", "isDefault", true);
    }

    @Test
    void aTokenWorksWhereKeysDoForItsOwnUserOnly() {
        Client client = Org.create().client(OAuthFixtures.ALL);
        ManagedUser user = client.managedUser();
        user.call().get("/v2/me").then().statusCode(200).body("data.id", equalTo((int) user.id()));
        long scheduleId = user.call().body(schedule("Mine")).post("/v2/schedules").then().statusCode(201)
                .extract().jsonPath().getLong("data.id");
        user.call().get("/v2/schedules").then().statusCode(200).body("data.id", hasItem((int) scheduleId));
        user.call().body(Map.of("title", "Lesson", "slug", "lesson-" + UUID.randomUUID().toString().substring(0, 8),
                "lengthInMinutes", 30)).post("/v2/event-types").then().statusCode(201)
                .body("data.ownerId", equalTo((int) user.id()));
        user.call().get("/v2/bookings").then().statusCode(200);

        TestUser stranger = Api.newUser();
        long theirs = stranger.call().body(schedule("Theirs")).post("/v2/schedules").then().statusCode(201)
                .extract().jsonPath().getLong("data.id");
        user.call().get("/v2/schedules/" + theirs).then().statusCode(404);
        user.call().delete("/v2/schedules/" + theirs).then().statusCode(404);
        stranger.call().get("/v2/schedules/" + scheduleId).then().statusCode(404);
    }

    @Test
    void aTokenIsHeldToItsClientsPermissions() {
        Org org = Org.create();
        Client client = org.client(List.of("PROFILE_READ", "SCHEDULE_READ"));
        ManagedUser user = client.managedUser();
        user.call().get("/v2/me").then().statusCode(200);
        user.call().get("/v2/schedules").then().statusCode(200);
        forbidden(user.call().body(Map.of("name", "New")).patch("/v2/me"), "PROFILE_WRITE");
        forbidden(user.call().body(schedule("No")).post("/v2/schedules"), "SCHEDULE_WRITE");
        forbidden(user.call().get("/v2/bookings"), "BOOKING_READ");
        forbidden(user.call().get("/v2/event-types"), "EVENT_TYPE_READ");
        forbidden(user.call().get("/v2/slots?eventTypeId=1&start=2050-01-01&end=2050-01-02"), "BOOKING_READ");

        // Taking a permission from the client takes it from tokens already issued.
        org.admin().call().body(Map.of("permissions", List.of("PROFILE_READ"))).patch("/v2/oauth-clients/" + client.clientId())
                .then().statusCode(200);
        forbidden(user.call().get("/v2/schedules"), "SCHEDULE_READ");
        user.call().get("/v2/me").then().statusCode(200);
    }

    @Test
    void aTokenIssuedUnderAllPermissionsKeepsWhatANarrowedClientStillHas() {
        Org org = Org.create();
        Client client = org.client(OAuthFixtures.ALL);
        ManagedUser user = client.managedUser();
        user.call().get("/v2/schedules").then().statusCode(200);

        org.admin().call().body(Map.of("permissions", List.of("PROFILE_READ"))).patch("/v2/oauth-clients/" + client.clientId())
                .then().statusCode(200);
        user.call().get("/v2/me").then().statusCode(200);
        forbidden(user.call().get("/v2/schedules"), "SCHEDULE_READ");
    }

    @Test
    void apiKeyOnlyOperationsRefuseTokensAndATokenIsNeverAnAdministrator() {
        ManagedUser user = Org.create().client(OAuthFixtures.ALL).managedUser();
        for (var response : List.of(
                user.call().body(Map.of("name", "k")).post("/v2/api-keys"),
                user.call().get("/v2/api-keys"),
                user.call().body(Map.of()).post("/v2/api-keys/refresh"),
                user.call().get("/v2/oauth-clients"),
                user.call().body(Map.of("name", "c", "redirectUris", List.of(), "permissions", List.of("*"))).post("/v2/oauth-clients"),
                user.call().get("/v2/organizations"),
                user.call().body(Map.of("email", "x-" + UUID.randomUUID() + "@example.com", "name", "X")).post("/v2/users"),
                user.call().get("/v2/teams"),
                user.call().get("/v2/webhooks"))) {
            response.then().statusCode(403).body("error.code", equalTo("FORBIDDEN")).body("error.message", containsString("API key"));
        }
    }

    @Test
    void anExpiredTokenAsksForARefresh() throws IOException {
        ManagedUser user = Org.create().client(OAuthFixtures.ALL).managedUser();
        Map<String, Object> claims = new HashMap<>(claimsOf(user.accessToken()));
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now - 7200);
        claims.put("exp", now - 3600);
        bearer(sign(claims, secrets.jwtKeyPair().getPrivate())).get("/v2/me").then().statusCode(401)
                .body("error.code", equalTo("TOKEN_EXPIRED"))
                .body("error.message", containsString("POST /v2/oauth/" + user.client().clientId() + "/refresh"));
    }

    @Test
    void aTamperedForgedOrForeignTokenIsRefused() throws IOException, NoSuchAlgorithmException {
        ManagedUser user = Org.create().client(OAuthFixtures.ALL).managedUser();
        TestUser victim = Api.newUser();
        String[] parts = user.accessToken().split("\\.");
        Map<String, Object> claims = new HashMap<>(claimsOf(user.accessToken()));
        claims.put("sub", Long.toString(victim.id()));
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims));
        unauthorized(bearer(parts[0] + "." + otherPayload + "." + parts[2]));
        unauthorized(bearer(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA"));
        unauthorized(bearer("abc.def.ghi"));
        unauthorized(bearer(parts[0] + "." + parts[1] + "."));
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        unauthorized(bearer(sign(claimsOf(user.accessToken()), generator.generateKeyPair().getPrivate())));
        // Even a token signed with Kairos' key is refused when it names a user its family does not belong to.
        unauthorized(bearer(sign(claims, secrets.jwtKeyPair().getPrivate())));
        // Or when a claim Kairos relies on is missing.
        Map<String, Object> withoutFamily = new HashMap<>(claimsOf(user.accessToken()));
        withoutFamily.remove("fam");
        unauthorized(bearer(sign(withoutFamily, secrets.jwtKeyPair().getPrivate())));
        user.call().get("/v2/me").then().statusCode(200);
    }

    @Test
    void deletingTheClientRevokesItsTokens() {
        Org org = Org.create();
        Client client = org.client(OAuthFixtures.ALL);
        ManagedUser user = client.managedUser();
        user.call().get("/v2/me").then().statusCode(200);
        org.admin().call().delete("/v2/oauth-clients/" + client.clientId()).then().statusCode(200);
        user.call().get("/v2/me").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
        client.refresh(user.refreshToken()).then().statusCode(401);
    }

    private static void forbidden(io.restassured.response.Response response, String permission) {
        response.then().statusCode(403).body("error.code", equalTo("FORBIDDEN")).body("error.message", containsString(permission));
    }

    private static void unauthorized(RequestSpecification request) {
        request.get("/v2/me").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    }
}
