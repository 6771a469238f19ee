package dev.kairos.admin;

import static dev.kairos.testing.Api.admin;
import static org.hamcrest.Matchers.equalTo;

import dev.kairos.testing.Api;
import dev.kairos.testing.Api.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** KAIROS_CLOCK_FIXED: business time is frozen, kept in PostgreSQL and moved by administrators. */
@QuarkusTest
@TestProfile(FixedClockProfile.class)
class FixedClockTest {

    @Test
    @Order(1)
    void businessTimeIsFrozenMovableAndUsedForExpiries() {
        admin().body(Map.of("now", FixedClockProfile.START)).put("/v2/admin/clock").then().statusCode(200);
        admin().get("/v2/admin/clock").then().statusCode(200)
                .body("data.now", equalTo(FixedClockProfile.START))
                .body("data.fixed", equalTo(true));

        TestUser user = Api.newUser();
        String key = user.call().body(Map.of("expiresAt", "2030-01-02T09:00:00Z")).post("/v2/api-keys").then().statusCode(201)
                .body("data.createdAt", equalTo(FixedClockProfile.START))
                .extract().jsonPath().getString("data.key");
        Api.as(key).get("/v2/me").then().statusCode(200);

        admin().body(Map.of("now", "2030-01-03T00:00:00+01:00")).put("/v2/admin/clock").then().statusCode(200)
                .body("data.now", equalTo("2030-01-02T23:00:00.000Z"));
        Api.as(key).get("/v2/me").then().statusCode(401).body("error.message", org.hamcrest.Matchers.containsString("expired"));
    }

    @Test
    void onlyAdministratorsMoveIt() {
        Api.newUser().call().body(Map.of("now", "2031-01-01T00:00:00Z")).put("/v2/admin/clock").then().statusCode(403);
        admin().body(Map.of()).put("/v2/admin/clock").then().statusCode(422);
    }
}
